#!/usr/bin/env bash
# Live-event benchmark of issue 10: the application against an external PostgreSQL 15 (set up as
# bench/run.sh does), loaded by bench/live/LiveLoad.java (one selector thread, no dependencies, run with
# the JDK's source launcher): a join storm of participants who each open the event's SSE stream, a vote
# burst, upvotes, fan-out to 10,000 streams, slow readers, and two instances on one PostgreSQL. Beside
# them, in the same run, the machine's own limits: pgbench's single-row inserts on the same PostgreSQL
# and the static file's request rate, so the figures can be read as ratios. A benchmark, not a test: it
# prints figures and PASS/MISS against the issue's targets, and exits 0 once it has measured.
#
#   sudo bench/live.sh                                                   # every scenario, the targets
#   LIVE_SCENARIOS=join,vote LIVE_JOINS=500 LIVE_VOTE_RATE=200 bench/live.sh   # a quick check
#
# Settings (environment), defaults = the issue's targets:
#   LIVE_SCENARIOS     join,vote,upvote,fanout,slow,two (the join storm always runs: the others need
#                      its participants)
#   LIVE_JOINS         participants of the join storm (5000), LIVE_JOIN_CONCURRENCY joins at a time (64)
#   LIVE_VOTE_RATE     votes/s of the burst (2000) for LIVE_VOTE_SECONDS (15)
#   LIVE_UPVOTE_RATE   upvotes/s (500), each participant upvotes one question once
#   LIVE_FANOUT        streams on one instance (10000); LIVE_FANOUT_RATE votes/s while they listen (500)
#                      for LIVE_FANOUT_SECONDS (10); the slow-reader run repeats that burst with
#                      LIVE_SLOW_SHARE (0.05) of the streams no longer read, and watches for
#                      LIVE_SLOW_WATCH seconds (45) when the server closes them
#   LIVE_TWO_PARTICIPANTS  streams on the second instance (1000); LIVE_TWO_RATE votes/s through the
#                      first (200) for LIVE_TWO_SECONDS (10)
#   LIVE_POOL          keep-alive connections for votes and upvotes (64)
#   LIVE_POLL_EXTRA    JSON members appended to the poll's body (,"visibility":"LIVE": results shown live)
#   LIVE_POLL_REVEAL   an action posted to /api/v1/polls/{id}/<action> after opening (e.g. reveal)
#   LIVE_APP_ARGS      more command-line arguments of the application (e.g. --server.tomcat.max-connections=20000);
#                      LAGEZENTRUM_* variables of the environment reach both instances as well
#   LIVE_LOAD_OPTS     JVM options of the load tool (-Xmx1g -XX:+UseSerialGC); LIVE_LOAD_ARGS more of its
#                      options (e.g. --histogram: the application's class histogram after the join storm)
#   BENCH_DURATION, BENCH_WARMUP  seconds of pgbench and the static file (8, 3); BENCH_APP_PORT (8190),
#   BENCH_APP_PORT_B (8191), BENCH_PG_PORT (55434), BENCH_JAVA_OPTS, BENCH_KEEP as in bench/run.sh.
# The table is also written to bench/results/live-latest.md.
set -euo pipefail

DURATION=${BENCH_DURATION:-8}
WARMUP=${BENCH_WARMUP:-3}
APP_PORT=${BENCH_APP_PORT:-8190}
APP_PORT_B=${BENCH_APP_PORT_B:-8191}
PG_PORT=${BENCH_PG_PORT:-55434}
SCENARIOS=${LIVE_SCENARIOS:-join,vote,upvote,fanout,slow,two}
BENCH_NAME=live
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

BASE=http://127.0.0.1:$APP_PORT
HOST_PASSWORD=Bench-Gastgeberin-$RANDOM$RANDOM
HOST_USER=bench-host-$RANDOM

# 10,000 streams and the pools: every instance and the load tool inherit this.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 30000 ] || ulimit -n 65536 2>/dev/null \
    || log "only $(ulimit -n) open files allowed: the fan-out will fall short"

bench_require ab:apache2-utils curl:curl jq:jq java:openjdk-17-jdk-headless
bench_workdir lz-live
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average at start: $LOAD_START; open files: $(ulimit -n)"

bench_jar
log "jar: $JAR"

log "initdb and start of PostgreSQL 15 on port $PG_PORT"
bench_pg_start "$PG_PORT" 200 shared_buffers=256MB
bench_pgbench_prepare

# The instances share the TOTP key (an instance with another key than the database's refuses to start);
# nobody needs a second factor here: the run measures live events, not the sign-in.
MFA_KEY=$(head -c 32 /dev/urandom | base64)
APP_ENV=(LAGEZENTRUM_DEMO=false LAGEZENTRUM_MFA_REQUIRED_ROLES=NONE LAGEZENTRUM_MFA_SECRET_KEY="$MFA_KEY")
# shellcheck disable=SC2206
APP_ARGS=(--lagezentrum.live.joins-per-minute-per-address=1000000 ${LIVE_APP_ARGS:-})
bench_app_start "$APP_PORT" "$WORK/data" "$WORK/app.log" "${APP_ENV[@]}" -- "${APP_ARGS[@]}"
PID_A=$APP_PID
bench_app_healthy "$APP_PORT" "$PID_A"
PIDS=$PID_A
LOAD_ARGS=()
case ",$SCENARIOS," in
    *,two,*)
        # The second instance after the first has migrated the database.
        bench_app_start "$APP_PORT_B" "$WORK/data-b" "$WORK/app-b.log" "${APP_ENV[@]}" -- "${APP_ARGS[@]}"
        PID_B=$APP_PID
        bench_app_healthy "$APP_PORT_B" "$PID_B"
        PIDS=$PID_A,$PID_B
        LOAD_ARGS+=("--base-b=http://127.0.0.1:$APP_PORT_B")
        ;;
esac

log "a host with a bearer token"
ADMIN_TOKEN=$(token admin "$ADMIN_PASSWORD")
api POST /api/v1/people "$ADMIN_TOKEN" "{\"displayName\":\"Gesa Gastgeberin\",\"email\":\"host@example.org\",
    \"roles\":[\"EVENT_HOST\",\"EMPLOYEE\"],\"username\":\"$HOST_USER\",\"password\":\"$HOST_PASSWORD\"}" >/dev/null
HOST_TOKEN=$(token "$HOST_USER" "$HOST_PASSWORD")
curl -sf -o /dev/null "$BASE/images/favicon.svg" || fail "no /images/favicon.svg"

# --- the machine's own limits, on the idle application ---------------------------------------------

log "pgbench single-row inserts, 8 clients"
bench_pgbench 8 "$WARMUP" "$DURATION"
log "pgbench: $PGBENCH_TPS tps, $PGBENCH_LATENCY ms"
log "static file, 8 clients (ab, a new connection per request as in bench/run.sh)"
ab -q -r -c 8 -t "$WARMUP" -n 1000000 "$BASE/images/favicon.svg" >/dev/null 2>&1 || true
ab -q -r -c 8 -t "$DURATION" -n 1000000 "$BASE/images/favicon.svg" >"$WORK/ab-static.txt" 2>&1 \
    || { cat "$WORK/ab-static.txt" >&2; fail "ab on the static file"; }
STATIC_RPS=$(awk '/^Requests per second:/ { print $4 }' "$WORK/ab-static.txt")
log "static file: $STATIC_RPS/s"

# --- the load ------------------------------------------------------------------------------------------

# shellcheck disable=SC2206
JVM=(${LIVE_LOAD_OPTS:--Xmx1g -XX:+UseSerialGC})
java "${JVM[@]}" "$ROOT/bench/live/LiveLoad.java" \
    --base="$BASE" --host-token="$HOST_TOKEN" --app-pids="$PIDS" --scenarios="$SCENARIOS" \
    --joins="${LIVE_JOINS:-5000}" --join-concurrency="${LIVE_JOIN_CONCURRENCY:-64}" \
    --vote-rate="${LIVE_VOTE_RATE:-2000}" --vote-seconds="${LIVE_VOTE_SECONDS:-15}" \
    --upvote-rate="${LIVE_UPVOTE_RATE:-500}" \
    --fanout="${LIVE_FANOUT:-10000}" --fanout-vote-rate="${LIVE_FANOUT_RATE:-500}" \
    --fanout-seconds="${LIVE_FANOUT_SECONDS:-10}" --slow-share="${LIVE_SLOW_SHARE:-0.05}" \
    --slow-watch-seconds="${LIVE_SLOW_WATCH:-45}" \
    --two-participants="${LIVE_TWO_PARTICIPANTS:-1000}" --two-vote-rate="${LIVE_TWO_RATE:-200}" \
    --two-seconds="${LIVE_TWO_SECONDS:-10}" --pool="${LIVE_POOL:-64}" \
    --poll-extra="${LIVE_POLL_EXTRA:-,\"visibility\":\"LIVE\"}" --poll-reveal="${LIVE_POLL_REVEAL:-}" \
    --pgbench-tps="$PGBENCH_TPS" --pg-pid="$(head -n 1 "$PGDATA/postmaster.pid")" --out="$WORK/rows.md" "${LOAD_ARGS[@]}" ${LIVE_LOAD_ARGS:-} \
    || fail "the load tool"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$RESULTS"
REPORT=$RESULTS/live-latest.md
{
    echo "Live events under load (bench/live.sh), $(date -u +%Y-%m-%dT%H:%MZ)," \
        "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo
    echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }')" \
        "(external, port $PG_PORT, synchronous commit); the load tool on the same machine; load average at start" \
        "$LOAD_START, at end $LOAD_END; scenarios $SCENARIOS; JVM options of the application: ${JAVA_OPTS:-none};" \
        "jar $JAR of $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)."
    echo
    echo "The machine's own limits in this run: pgbench single-row inserts $PGBENCH_TPS TPS at 8 clients" \
        "($PGBENCH_LATENCY ms), static file \`/images/favicon.svg\` $STATIC_RPS requests/s at 8 clients (ab, a new" \
        "connection per request)."
    echo
    cat "$WORK/rows.md"
    echo
    echo "Vote-to-screen: from a vote's acknowledgement to the first \`results\` event at or after it that counts" \
        "it; \"every participant\": when the last open, reading stream had it. Acknowledgement latency counts from" \
        "the vote's planned send time (open loop), so waiting for a free connection is in it."
} >"$REPORT"
echo
cat "$REPORT"
echo
log "written to $REPORT"
