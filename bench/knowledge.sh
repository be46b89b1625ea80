#!/usr/bin/env bash
# Knowledge-platform benchmark of issue 11: the public pages of /wissen (a published resilience factor and
# the German search) against the static file served by the same application in the same run, an
# open-loop load of 1,000 requests/s on the factor page (bench/knowledge/RateLoad.java, keep-alive as a
# CDN's origin fetch), and a workshop board with 2,000 observations rendered for its facilitator. The
# application runs against an external PostgreSQL 15 set up as bench/run.sh does. A benchmark, not a
# test: it prints figures and PASS/MISS against the issue's targets, and exits 0 once it has measured.
#
#   sudo bench/knowledge.sh
#
# Settings (environment): BENCH_DURATION seconds per ab row (8), BENCH_WARMUP (3), KNOWLEDGE_RATE
# requests/s of the open-loop load (1000) for KNOWLEDGE_RATE_SECONDS (15), KNOWLEDGE_OBSERVATIONS on the
# board (2000), KNOWLEDGE_BOARD_RENDERS timed renders of the board (50); BENCH_APP_PORT (8185),
# BENCH_PG_PORT (55435), BENCH_JAVA_OPTS, BENCH_KEEP as in bench/run.sh. The table is also written to
# bench/results/knowledge-latest.md.
set -euo pipefail

DURATION=${BENCH_DURATION:-8}
WARMUP=${BENCH_WARMUP:-3}
APP_PORT=${BENCH_APP_PORT:-8185}
PG_PORT=${BENCH_PG_PORT:-55435}
RATE=${KNOWLEDGE_RATE:-1000}
RATE_SECONDS=${KNOWLEDGE_RATE_SECONDS:-15}
OBSERVATIONS=${KNOWLEDGE_OBSERVATIONS:-2000}
RENDERS=${KNOWLEDGE_BOARD_RENDERS:-50}
BENCH_NAME=knowledge
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

BASE=http://127.0.0.1:$APP_PORT
PASSWORD=Bench-Moderation-$RANDOM$RANDOM

bench_require ab:apache2-utils curl:curl jq:jq java:openjdk-17-jdk-headless
bench_workdir lz-knowledge
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average at start: $LOAD_START"

bench_jar
log "jar: $JAR"
log "initdb and start of PostgreSQL 15 on port $PG_PORT"
bench_pg_start "$PG_PORT" 200 shared_buffers=256MB

# No second factor (the run measures pages, not the sign-in); the open-loop load comes from one address,
# so the public endpoints' per-address limit is lifted for the run.
MFA_KEY=$(head -c 32 /dev/urandom | base64)
bench_app_start "$APP_PORT" "$WORK/data" "$WORK/app.log" LAGEZENTRUM_DEMO=false \
    LAGEZENTRUM_MFA_REQUIRED_ROLES=NONE LAGEZENTRUM_MFA_SECRET_KEY="$MFA_KEY" \
    LAGEZENTRUM_SECURITY_RATELIMITPERMINUTE=100000000
bench_app_healthy "$APP_PORT" "$APP_PID"

# --- data through the API ---------------------------------------------------------------------------

log "two facilitators, a published resilience factor, a workshop with $OBSERVATIONS observations"
ADMIN_TOKEN=$(token admin "$ADMIN_PASSWORD")
for who in anna bernd; do
    api POST /api/v1/people "$ADMIN_TOKEN" "{\"displayName\":\"Moderation ${who^}\",\"email\":\"$who@example.org\",
        \"roles\":[\"FACILITATOR\",\"EMPLOYEE\"],\"username\":\"bench-$who\",\"password\":\"$PASSWORD\"}" >/dev/null
done
ANNA=$(token bench-anna "$PASSWORD")
BERND=$(token bench-bernd "$PASSWORD")
RECOMMENDATION=$(api POST /api/v1/recommendations "$ANNA" '{"title":"Krisenbeauftragte in jedem Amt",
    "body":"Jedes Amt benennt eine **Krisenbeauftragte** und eine Vertretung, wie es Brandschutzbeauftragte gibt. Die Krisenstäbe der Stadt erreichen so jedes Amt über eine feste Ansprechperson."}' | jq -r .id)
FACTOR=$(api POST /api/v1/resilience-factors "$ANNA" "{\"title\":\"Verantwortung in der Fläche\",
    \"summary\":\"Krisenbeauftragte in den Ämtern tragen die Arbeit der Krisenstäbe in die ganze Verwaltung.\",
    \"body\":\"$(printf 'Ein Krisenstab braucht in jedem Amt eine Person, die Lagen kennt, Meldungen weitergibt und Übungen vorbereitet. %.0s' $(seq 1 20))\",
    \"theme\":\"Krisenmanagement\",\"recommendationIds\":[\"$RECOMMENDATION\"]}")
FACTOR_ID=$(jq -r .id <<<"$FACTOR")
SLUG=$(jq -r .slug <<<"$FACTOR")
api POST "/api/v1/resilience-factors/$FACTOR_ID/review" "$ANNA" '{}' >/dev/null
api POST "/api/v1/resilience-factors/$FACTOR_ID/publish" "$BERND" '{}' >/dev/null
FACTOR_PATH=/wissen/$SLUG
SEARCH_PATH='/api/v1/public/resilience-factors?q=Krisenstab'
curl -sf -o /dev/null "$BASE$FACTOR_PATH" || fail "no published factor at $FACTOR_PATH"
FOUND=$(curl -sf "$BASE$SEARCH_PATH" | jq '.items | length')
[ "$FOUND" -ge 1 ] || fail "the search finds $FOUND factors for Krisenstab"
curl -sf -o /dev/null "$BASE/images/favicon.svg" || fail "no /images/favicon.svg"

START=$(date -u -d '-2 hours' +%Y-%m-%dT%H:00:00Z)
END=$(date -u -d '+6 hours' +%Y-%m-%dT%H:00:00Z)
WORKSHOP=$(api POST /api/v1/workshops "$ANNA" "{\"title\":\"Rückschau Hochwasser\",\"start\":\"$START\",\"end\":\"$END\",
    \"place\":\"Ratssaal\"}" | jq -r .id)
kinds=(WENT_WELL WENT_BADLY CHALLENGE)
themes=(Krisenmanagement Krisenkommunikation Personal "Recht und Information" "vulnerable Gruppen")
seq 1 "$OBSERVATIONS" | while read -r i; do
    printf '{"text":"Beobachtung %d: Die Lagemeldungen der Feuerwehr kamen erst nach der Pressekonferenz im Stab an, weil der Verteiler veraltet war.","kind":"%s","theme":"%s"}\n' \
        "$i" "${kinds[$((i % 3))]}" "${themes[$((i % 5))]}"
done >"$WORK/observations.jsonl"
# Four at a time: the API answers each with the created observation.
xargs -P 4 -d '\n' -I{} curl -sf -o /dev/null -X POST "$BASE/api/v1/workshops/$WORKSHOP/observations" \
    -H "Authorization: Bearer $ANNA" -H 'Content-Type: application/json' --data-binary '{}' \
    <"$WORK/observations.jsonl" || fail "posting the observations"

# The facilitator's browser session, as bench/run.sh signs in.
JAR_FILE=$WORK/cookies.txt
CSRF=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" \
    | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$CSRF" ] || fail "no CSRF token on the login page"
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" \
    --data-urlencode "username=bench-anna" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF")
case $LOCATION in *error*|*/login/mfa*|'') fail "sign-in redirected to '$LOCATION'" ;; esac
COOKIE=$(awk '$6 == "LAGEZENTRUM_SESSION" { print $6 "=" $7 }' "$JAR_FILE")
BOARD_PATH=/workshops/$WORKSHOP
SHOWN=$(curl -s -b "$COOKIE" "$BASE$BOARD_PATH" | grep -o 'Beobachtung [0-9]*:' | sort -u | wc -l)
[ "$SHOWN" -eq "$OBSERVATIONS" ] || fail "the board shows $SHOWN of the $OBSERVATIONS observations"
BOARD_BYTES=$(curl -s -b "$COOKIE" "$BASE$BOARD_PATH" | wc -c)

# --- measuring ------------------------------------------------------------------------------------

ROWS=$WORK/rows.tsv
: >"$ROWS"
# measure NAME CLIENTS PATH: ab after a warm-up (a new connection per request, as in bench/run.sh).
measure() {
    local name=$1 clients=$2 path=$3 out rps mean non2xx
    out=$WORK/ab-$name-$clients.txt
    ab -q -r -c "$clients" -t "$WARMUP" -n 1000000 "$BASE$path" >/dev/null 2>&1 || true
    ab -q -r -c "$clients" -t "$DURATION" -n 1000000 "$BASE$path" >"$out" 2>&1 \
        || { cat "$out" >&2; fail "ab on $path"; }
    rps=$(awk '/^Requests per second:/ { print $4 }' "$out")
    mean=$(awk '/^Time per request:.*\(mean\)$/ { print $4 }' "$out")
    non2xx=$(awk '/^Non-2xx responses:/ { print $3 }' "$out")
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$clients" "$rps" "$mean" "${non2xx:-0}" >>"$ROWS"
    log "$name, $clients clients: $rps/s, $mean ms, non-2xx ${non2xx:-0}"
}
for c in 1 4; do
    measure static "$c" /images/favicon.svg
    measure factor "$c" "$FACTOR_PATH"
    measure search "$c" "$SEARCH_PATH"
done

# rate NAME PATH: the open-loop load at $RATE/s; "sent ok errors p50 p95 p99 max achieved".
rate() {
    local line
    line=$(java "$ROOT/bench/knowledge/RateLoad.java" "$BASE$2" "$RATE" "$RATE_SECONDS" "$WARMUP")
    printf '%s\t%s\n' "$1" "$line" >>"$WORK/rate.tsv"
    log "$1 at $RATE/s: $line"
}
: >"$WORK/rate.tsv"
rate static /images/favicon.svg
rate factor "$FACTOR_PATH"
rate search "$SEARCH_PATH"

# The board: $RENDERS renders one after another after 5 for warm-up; ab's percentiles of the whole
# request (the page is rendered before its first byte leaves: Thymeleaf writes into a buffer).
ab -q -n 5 -c 1 -C "$COOKIE" "$BASE$BOARD_PATH" >/dev/null 2>&1 || true
ab -q -n "$RENDERS" -c 1 -C "$COOKIE" "$BASE$BOARD_PATH" >"$WORK/ab-board.txt" 2>&1 \
    || { cat "$WORK/ab-board.txt" >&2; fail "ab on the board"; }
BOARD_NON2XX=$(awk '/^Non-2xx responses:/ { print $3 }' "$WORK/ab-board.txt")
BOARD_P50=$(awk '$1 == "50%" { print $2 }' "$WORK/ab-board.txt")
BOARD_P95=$(awk '$1 == "95%" { print $2 }' "$WORK/ab-board.txt")
BOARD_MAX=$(awk '$1 == "100%" { print $2 }' "$WORK/ab-board.txt")
log "board with $OBSERVATIONS observations ($BOARD_BYTES bytes): p50 $BOARD_P50 ms, p95 $BOARD_P95 ms, max $BOARD_MAX ms"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the table ------------------------------------------------------------------------------------

mkdir -p "$RESULTS"
REPORT=$RESULTS/knowledge-latest.md
{
    echo "Knowledge platform (bench/knowledge.sh), $(date -u +%Y-%m-%dT%H:%MZ)," \
        "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo
    echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }')" \
        "(external, port $PG_PORT); load average at start $LOAD_START, at end $LOAD_END."
    echo
    echo "| request (ab, a new connection per request) | clients | requests/s | mean latency | ratio to static | target | result |"
    echo "|---|---|---|---|---|---|---|"
    awk -F '\t' '
        function label(n) {
            if (n == "static") return "static file `/images/favicon.svg`"
            if (n == "factor") return "published factor `/wissen/{slug}`"
            return "search `/api/v1/public/resilience-factors?q=Krisenstab`"
        }
        { name[NR] = $1; clients[NR] = $2; rps[NR] = $3; mean[NR] = $4; errors[NR] = $5
          if ($1 == "static") staticRps[$2] = $3 }
        END {
            for (i = 1; i <= NR; i++) {
                r = rps[i] / staticRps[clients[i]]
                goal = name[i] == "static" ? "–" : "≥ 0.5 ×"
                result = name[i] == "static" ? "–" : ((r >= 0.5 && errors[i] == 0) ? "PASS" : "MISS")
                printf "| %s | %s | %.0f | %.2f ms | %.3f × | %s | %s |\n", label(name[i]), clients[i], rps[i],
                    mean[i], r, goal, result
            }
        }' "$ROWS"
    echo
    echo "| open loop at $RATE requests/s for $RATE_SECONDS s (keep-alive) | sent | ok | errors | p50 | p95 | p99 | max | achieved/s | target | result |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    awk -F '\t' '{
        split($2, f, " ")
        goal = $1 == "static" ? "–" : "p99 < 50 ms"
        result = $1 == "static" ? "–" : ((f[6] < 50 && f[3] == 0) ? "PASS" : "MISS")
        printf "| %s | %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s | %s | %s |\n", $1, f[1], f[2], f[3], f[4], f[5],
            f[6], f[7], f[8], goal, result
    }' "$WORK/rate.tsv"
    echo
    echo "| workshop board | observations | page size | renders | p50 | p95 | max | target | result |"
    echo "|---|---|---|---|---|---|---|---|---|"
    BOARD_RESULT=MISS
    [ "${BOARD_NON2XX:-0}" = 0 ] && [ "$BOARD_P95" -lt 300 ] && BOARD_RESULT=PASS
    echo "| \`/workshops/{id}\`, signed-in facilitator | $OBSERVATIONS | $BOARD_BYTES bytes | $RENDERS | $BOARD_P50 ms | $BOARD_P95 ms | $BOARD_MAX ms | p95 < 300 ms | $BOARD_RESULT |"
} >"$REPORT"
echo
cat "$REPORT"
echo
log "written to $REPORT"
