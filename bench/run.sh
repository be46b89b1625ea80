#!/usr/bin/env bash
# Request-path benchmark of issue 8: the application against an external PostgreSQL, measured beside
# the machine's own limits in one run (a static file, and pgbench's single-row inserts on the same
# PostgreSQL). A benchmark, not a test: it prints figures and PASS/MISS against the issue's targets,
# and always exits 0 once it has measured.
#
#   bench/run.sh              # as root on Debian 12; installs PostgreSQL 15 and ab if missing
#
# Settings (environment): BENCH_DURATION seconds per measurement (8), BENCH_WARMUP seconds of
# warm-up before each (3, and at least 10 requests), BENCH_APP_PORT (8180), BENCH_PG_PORT (55432),
# BENCH_JAVA_OPTS (JVM options of the application), BENCH_KEEP (1: keep the temporary directory with
# the cluster and the logs), BENCH_HOLD (1: prepare, then keep the application running for a profiler
# instead of measuring). The table is also written to bench/results/latest.md.
#
# ab opens a new connection per request, for every row alike: ab speaks HTTP/1.0, which cannot keep a
# connection open for a chunked answer, so with ab -k only the static file (whose length is known)
# would keep its connections and the ratios would compare unlike things.
set -euo pipefail

DURATION=${BENCH_DURATION:-8}
WARMUP=${BENCH_WARMUP:-3}
APP_PORT=${BENCH_APP_PORT:-8180}
PG_PORT=${BENCH_PG_PORT:-55432}
BENCH_NAME=bench
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

BASE=http://127.0.0.1:$APP_PORT
# Twelve characters or more, not among the common passwords.
USER_PASSWORD=Bench-Aufgaben-$RANDOM$RANDOM
BENCH_USER=bench-lead-$RANDOM

# --- what the run needs ---------------------------------------------------------------------------

bench_require ab:apache2-utils curl:curl jq:jq java:openjdk-17-jdk-headless
bench_workdir lz-bench

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average at start: $LOAD_START"

# --- the jar --------------------------------------------------------------------------------------

bench_jar
log "jar: $JAR"

# --- an external PostgreSQL, set up as docs/operations.md describes --------------------------------

log "initdb and start of PostgreSQL 15 on port $PG_PORT"
# 200 connections: the application's pool (several instances in production) plus pgbench's 8 clients.
bench_pg_start "$PG_PORT" 200 shared_buffers=256MB
bench_pgbench_prepare

# --- the application ------------------------------------------------------------------------------

bench_app_start "$APP_PORT" "$WORK/data" "$WORK/app.log" LAGEZENTRUM_DEMO=true
bench_app_healthy "$APP_PORT" "$APP_PID"

# --- data through the API and the pages ----------------------------------------------------------

log "preparing data: a staff lead with 50 open tasks, a staff to append to, a token, a browser session"
ADMIN_TOKEN=$(token admin "$ADMIN_PASSWORD")
api POST /api/v1/people "$ADMIN_TOKEN" "{\"displayName\":\"Bea Benchmark\",\"email\":\"bench@example.org\",
    \"roles\":[\"STAFF_LEAD\",\"STAFF_MEMBER\",\"EMPLOYEE\"],\"username\":\"$BENCH_USER\",
    \"password\":\"$USER_PASSWORD\"}" >/dev/null
TOKEN=$(token "$BENCH_USER" "$USER_PASSWORD")
PERSON=$(api GET /api/v1/me "$TOKEN" | jq -r .id)
STAFF=$(api POST /api/v1/staffs "$TOKEN" '{"name":"Stab Benchmark","topics":["Unterbringung"]}' | jq -r .id)
START=$(date -u -d '+1 day' +%Y-%m-%dT09:00:00Z)
END=$(date -u -d '+1 day' +%Y-%m-%dT10:30:00Z)
DUE=$(date -u -d '+14 days' +%Y-%m-%d)
SESSION=$(api POST "/api/v1/staffs/$STAFF/sessions" "$TOKEN" \
    "{\"start\":\"$START\",\"end\":\"$END\",\"kind\":\"REGULAR\"}" | jq -r .id)
ITEM=$(api POST "/api/v1/sessions/$SESSION/agenda" "$TOKEN" \
    '{"title":"Belegung der Notunterkünfte","topic":"Unterbringung"}' | jq -r .id)
for i in $(seq 1 50); do
    api POST "/api/v1/sessions/$SESSION/agenda/$ITEM/entries" "$TOKEN" \
        "{\"type\":\"TASK\",\"text\":\"Aufgabe $i: Feldbetten für Halle $i beschaffen\",
          \"assigneeId\":\"$PERSON\",\"due\":\"$DUE\"}" >/dev/null
done
OPEN=$(api GET "/api/v1/tasks?assignee=me&status=OPEN&size=1" "$TOKEN" | jq -r .total)
[ "$OPEN" = 50 ] || fail "expected 50 open tasks, the API counts $OPEN"

# The browser session: the login page's CSRF token, then the form post as a browser sends it.
JAR_FILE=$WORK/cookies.txt
CSRF=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" \
    | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$CSRF" ] || fail "no CSRF token on the login page"
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" \
    --data-urlencode "username=$BENCH_USER" --data-urlencode "password=$USER_PASSWORD" \
    --data-urlencode "_csrf=$CSRF")
case $LOCATION in *error*|*/login/mfa*|'') fail "sign-in redirected to '$LOCATION'" ;; esac
COOKIE=$(awk '$6 == "LAGEZENTRUM_SESSION" { print $6 "=" $7 }' "$JAR_FILE")
[ -n "$COOKIE" ] || fail "no session cookie after sign-in"
SHOWN=$(curl -s -b "$COOKIE" "$BASE/tasks" | grep -o 'Feldbetten für Halle' | wc -l)
[ "$SHOWN" -ge 50 ] || fail "the task board shows $SHOWN of the 50 tasks"
printf '{"text":"Lagemeldung: Pegel am Deich Nord steigt, Sandsäcke werden verteilt.","category":"REPORT"}' \
    >"$WORK/journal.json"
api POST "/api/v1/staffs/$STAFF/journal" "$TOKEN" "$(cat "$WORK/journal.json")" >/dev/null
curl -sf -o /dev/null "$BASE/images/favicon.svg" || fail "no /images/favicon.svg"
curl -sf -o /dev/null "$BASE/barrierefreiheit" || fail "no /barrierefreiheit"

# BENCH_HOLD=1: keep the prepared application running for a profiler instead of measuring; the
# variables a request needs are in $WORK/hold.env, and removing $WORK/hold ends the run.
if [ "${BENCH_HOLD:-0}" = 1 ]; then
    printf 'BASE=%q\nTOKEN=%q\nCOOKIE=%q\nSTAFF=%q\nAPP_PID=%q\nWORK=%q\n' \
        "$BASE" "$TOKEN" "$COOKIE" "$STAFF" "$APP_PID" "$WORK" >"$WORK/hold.env"
    touch "$WORK/hold"
    log "holding: . $WORK/hold.env for the session; rm $WORK/hold to stop"
    while [ -e "$WORK/hold" ]; do sleep 1; done
    exit 0
fi

# --- measuring ------------------------------------------------------------------------------------

ROWS=$WORK/rows.tsv
: >"$ROWS"

# measure NAME CLIENTS PATH [ab options…]: warm-up, then DURATION seconds; a row in rows.tsv.
measure() {
    local name=$1 clients=$2 path=$3 out
    shift 3
    out=$WORK/ab-$name-$clients.txt
    ab -q -r -c "$clients" -n 10 "$@" "$BASE$path" >/dev/null 2>&1 || true
    ab -q -r -c "$clients" -t "$WARMUP" -n 1000000 "$@" "$BASE$path" >/dev/null 2>&1 || true
    ab -q -r -c "$clients" -t "$DURATION" -n 1000000 "$@" "$BASE$path" >"$out" 2>&1 \
        || { cat "$out" >&2; fail "ab on $path"; }
    local rps mean complete non2xx failed
    rps=$(awk '/^Requests per second:/ { print $4 }' "$out")
    mean=$(awk '/^Time per request:.*\(mean\)$/ { print $4 }' "$out")
    complete=$(awk '/^Complete requests:/ { print $3 }' "$out")
    non2xx=$(awk '/^Non-2xx responses:/ { print $3 }' "$out")
    # Differing lengths are no failure (every page carries its own CSRF token); the rest is.
    failed=$(sed -n 's/.*(Connect: \([0-9]*\), Receive: \([0-9]*\), Length: [0-9]*, Exceptions: \([0-9]*\)).*/\1 \2 \3/p' "$out" \
        | awk '{ print $1 + $2 + $3 }')
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$clients" "$rps" "$mean" \
        "$(( ${non2xx:-0} + ${failed:-0} ))/$complete" >>"$ROWS"
    log "$name, $clients clients: $rps/s, $mean ms, errors ${non2xx:-0}+${failed:-0} of $complete"
}

# pgbench_tps CLIENTS: single-row inserts into the scratch table; a row in rows.tsv.
pgbench_tps() {
    bench_pgbench "$1" "$WARMUP" "$DURATION"
    printf '%s\t%s\t%s\t%s\t%s\n' "pgbench insert" "$1" "$PGBENCH_TPS" "$PGBENCH_LATENCY" \
        "$PGBENCH_FAILED/$PGBENCH_TX" >>"$ROWS"
    log "pgbench insert, $1 clients: $PGBENCH_TPS tps, $PGBENCH_LATENCY ms"
}

AUTH="Authorization: Bearer $TOKEN"
for c in 1 4; do
    measure static "$c" /images/favicon.svg
    measure public "$c" /barrierefreiheit
    measure me "$c" /api/v1/me -H "$AUTH"
    measure tasks "$c" /tasks -C "$COOKIE"
done
for c in 1 8; do
    pgbench_tps "$c"
    if [ "$c" = 8 ]; then
        # The request path's own ceiling at 8 clients, beside the appends: no write, the same token check.
        measure static 8 /images/favicon.svg
        measure me 8 /api/v1/me -H "$AUTH"
    fi
    measure append "$c" "/api/v1/staffs/$STAFF/journal" -H "$AUTH" -p "$WORK/journal.json" -T application/json
done
VALID=$(api GET "/api/v1/staffs/$STAFF/journal/verify" "$TOKEN" | jq -r '"\(.valid) over \(.entries) entries"')
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the table ------------------------------------------------------------------------------------

mkdir -p "$RESULTS"
REPORT=$RESULTS/latest.md
{
    echo "Request path against the machine (bench/run.sh), $(date -u +%Y-%m-%dT%H:%MZ)," \
        "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo
    echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }')" \
        "(external, port $PG_PORT, synchronous commit), ab (a new connection per request),"
    echo "${WARMUP} s warm-up (at least 10 requests) and ${DURATION} s measured per row; load average at start $LOAD_START, at end $LOAD_END;" \
        "journal chain after the run: valid $VALID."
    echo
    echo "| request | clients | requests/s | mean latency | ratio | target | result | errors |"
    echo "|---|---|---|---|---|---|---|---|"
    awk -F '\t' '
        function label(name) {
            if (name == "static") return "static file `/images/favicon.svg`"
            if (name == "public") return "public page `/barrierefreiheit`"
            if (name == "me") return "bearer `GET /api/v1/me`"
            if (name == "tasks") return "signed-in `/tasks`, 50 open tasks (session cookie)"
            if (name == "append") return "journal append `POST /api/v1/staffs/{id}/journal`"
            return "pgbench single-row insert (TPS)"
        }
        { name[NR] = $1; clients[NR] = $2; rps[NR] = $3; mean[NR] = $4; errors[NR] = $5
          if ($1 == "static") staticRps[$2] = $3
          if ($1 == "pgbench insert") pgbench[$2] = $3 }
        END {
            for (i = 1; i <= NR; i++) {
                n = name[i]; c = clients[i]; ratio = "–"; target = "–"; result = "–"; base = 0
                if (n == "public" || n == "me") { base = staticRps[c]; goal = 0.5 }
                if (n == "tasks") { base = staticRps[c]; goal = 0.2 }
                if (n == "append") { base = pgbench[c]; goal = (c == 8) ? 0.3 : 0 }
                if (n == "static") ratio = "1.00"
                if (base > 0) {
                    r = rps[i] / base
                    ratio = sprintf("%.3f ×%s", r, n == "append" ? " pgbench" : "")
                    if (goal > 0) {
                        target = sprintf("≥ %.1f ×", goal)
                        split(errors[i], e, "/")
                        result = (r >= goal && e[1] == 0) ? "PASS" : "MISS"
                    }
                }
                printf "| %s | %s | %s | %.2f ms | %s | %s | %s | %s |\n", label(n), c,
                    sprintf(rps[i] < 100 ? "%.1f" : "%.0f", rps[i]), mean[i],
                    ratio, target, result, errors[i]
            }
        }' "$ROWS"
    echo
    echo "Ratios: to the static file at the same number of clients; appends to pgbench's TPS at the same"
    echo "number of clients. Mean latency: ab's mean time per request, pgbench's latency average. Errors:"
    echo "non-2xx answers and failed requests of all requests (a row with errors is a MISS)."
} >"$REPORT"
echo
cat "$REPORT"
echo
log "written to $REPORT"
