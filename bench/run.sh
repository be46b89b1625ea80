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
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
PG_BIN=/usr/lib/postgresql/15/bin

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESULTS=$ROOT/bench/results
BASE=http://127.0.0.1:$APP_PORT
OWNER_PASSWORD=bench-owner-$RANDOM$RANDOM
APP_PASSWORD=bench-app-$RANDOM$RANDOM
ADMIN_PASSWORD=Bench-Admin-$RANDOM$RANDOM
# Twelve characters or more, not among the common passwords.
USER_PASSWORD=Bench-Aufgaben-$RANDOM$RANDOM
BENCH_USER=bench-lead-$RANDOM

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

# --- what the run needs ---------------------------------------------------------------------------

missing=()
[ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql-15)
[ -x "$PG_BIN/pgbench" ] || missing+=(postgresql-contrib)
[ -f /usr/share/postgresql/15/extension/pg_trgm.control ] || missing+=(postgresql-contrib)
command -v ab >/dev/null || missing+=(apache2-utils)
command -v curl >/dev/null || missing+=(curl)
command -v jq >/dev/null || missing+=(jq)
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || fail "missing ${missing[*]}; run as root to install them"
    log "installing ${missing[*]}"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
fi
# Debian's package creates a cluster of its own on port 5432; this run uses none of it.

# PostgreSQL refuses to run as root: then the cluster belongs to the user postgres.
if [ "$(id -u)" -eq 0 ]; then
    as_pg() { (cd / && runuser -u postgres -- "$@"); }
else
    as_pg() { "$@"; }
fi

WORK=$(mktemp -d /tmp/lz-bench.XXXXXX)
chmod 755 "$WORK"
# The cluster's directory belongs to the user who runs PostgreSQL: data, socket and log.
PGDIR=$WORK/pg
PGDATA=$PGDIR/data
SOCK=$PGDIR/sock
PGLOG=$PGDIR/postgres.log
mkdir -p "$SOCK" "$WORK/data"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$PGDIR"; fi
APP_PID=
PG_STARTED=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$PG_STARTED" ]; then
        log "stopping PostgreSQL"
        as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ "$rc" -ne 0 ] && [ -f "$WORK/app.log" ]; then
        log "last lines of the application log ($WORK/app.log):"
        tail -n 30 "$WORK/app.log" >&2 || true
    fi
    if [ "$rc" -ne 0 ] || [ "${BENCH_KEEP:-0}" = 1 ]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average at start: $LOAD_START"

# --- the jar --------------------------------------------------------------------------------------

JAR=$(ls "$ROOT"/target/lagezentrum-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
    log "building the jar (./mvnw -B -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2)
    JAR=$(ls "$ROOT"/target/lagezentrum-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
fi
log "jar: $JAR"

# --- an external PostgreSQL, set up as docs/operations.md describes --------------------------------

log "initdb and start of PostgreSQL 15 on port $PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; fail "initdb"; }
# 200 connections: the application's pool (several instances in production) plus pgbench's 8 clients.
# Everything else stays at PostgreSQL's defaults, synchronous commit included, as in production.
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w \
    -o "-p $PG_PORT -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" \
    start >/dev/null || { cat "$PGLOG" >&2; fail "pg_ctl start"; }
PG_STARTED=1
psql_su() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PG_PORT" -U postgres "$@"; }
psql_su -d postgres >/dev/null <<SQL
CREATE ROLE lagezentrum_owner LOGIN PASSWORD '$OWNER_PASSWORD';
CREATE ROLE lagezentrum_app LOGIN PASSWORD '$APP_PASSWORD' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE lagezentrum OWNER lagezentrum_owner ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE bench_scratch OWNER lagezentrum_owner ENCODING 'UTF8' TEMPLATE template0;
SQL
# pgbench's scratch table: one row about the size of a journal entry per insert.
PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" \
    -U lagezentrum_owner -d bench_scratch -c \
    'CREATE TABLE scratch (id bigserial PRIMARY KEY, n integer NOT NULL, text text NOT NULL,
                           recorded_at timestamptz NOT NULL DEFAULT now())' >/dev/null
cat >"$WORK/insert.sql" <<'SQL'
\set n random(1, 1000000)
INSERT INTO scratch (n, text) VALUES (:n, repeat('Lagemeldung Deich Nord, Pegel steigt. ', 5));
SQL

# --- the application ------------------------------------------------------------------------------

log "starting the application on port $APP_PORT"
# shellcheck disable=SC2086
env SERVER_PORT="$APP_PORT" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lagezentrum" \
    SPRING_DATASOURCE_USERNAME=lagezentrum_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
    SPRING_FLYWAY_USER=lagezentrum_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
    LAGEZENTRUM_DATA_DIR="$WORK/data" LAGEZENTRUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    LAGEZENTRUM_DEMO=true LAGEZENTRUM_BASE_URL="$BASE" \
    java $JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
started=$(date +%s)
until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application exited during start"
    [ $(( $(date +%s) - started )) -lt 240 ] || fail "no healthy application after 240 s"
    sleep 0.5
done
log "healthy after $(( $(date +%s) - started )) s"

# --- data through the API and the pages ----------------------------------------------------------

# api METHOD PATH TOKEN [JSON]: the answer's body; fails on anything but 2xx.
api() {
    local method=$1 path=$2 token=$3 body=${4:-} out status
    out=$(mktemp "$WORK/answer.XXXXXX")
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$BASE$path" \
        ${token:+-H "Authorization: Bearer $token"} \
        ${body:+-H 'Content-Type: application/json' --data-binary "$body"})
    case $status in
        2??) cat "$out"; rm -f "$out" ;;
        *) log "$method $path answered $status: $(cat "$out")"; rm -f "$out"; return 1 ;;
    esac
}
token() { api POST /api/v1/tokens "" "{\"username\":\"$1\",\"password\":\"$2\"}" | jq -r .token; }

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
    local clients=$1 out=$WORK/pgbench-$1.txt
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U lagezentrum_owner \
        -f "$WORK/insert.sql" -c "$clients" -j "$clients" -T "$WARMUP" bench_scratch >/dev/null 2>&1
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U lagezentrum_owner \
        -f "$WORK/insert.sql" -c "$clients" -j "$clients" -T "$DURATION" bench_scratch >"$out" 2>&1 \
        || { cat "$out" >&2; fail "pgbench"; }
    local tps latency tx failed
    tps=$(awk '/^tps = / { print $3 }' "$out")
    latency=$(awk '/^latency average = / { print $4 }' "$out")
    tx=$(awk '/^number of transactions actually processed:/ { print $6 }' "$out")
    failed=$(awk '/^number of failed transactions:/ { print $5 }' "$out")
    printf '%s\t%s\t%s\t%s\t%s\n' "pgbench insert" "$clients" "$tps" "$latency" "${failed:-0}/$tx" >>"$ROWS"
    log "pgbench insert, $clients clients: $tps tps, $latency ms"
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
