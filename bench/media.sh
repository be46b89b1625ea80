#!/usr/bin/env bash
# Media benchmark of issue 9: (a) the upload of a large recording (a generated WAV) through API v1 with
# the application's heap sampled during it, (b) Range requests for an O-Ton (cut from that WAV) under many
# concurrent listeners. The application runs on an external PostgreSQL, set up as bench/run.sh does it.
# A benchmark, not a test: it prints figures and exits 0 once it has measured.
#
#   bench/media.sh                                   # 1 GiB recording, 100 listeners
#   MEDIA_MIB=50 MEDIA_LISTENERS=10 bench/media.sh   # a quick check of the script itself
#
# Settings (environment): MEDIA_MIB size of the recording in MiB (1024), MEDIA_LISTENERS concurrent
# listeners (100), MEDIA_REQUESTS Range requests in all (20 per listener), MEDIA_RANGE bytes per Range
# request (262144: a player's chunk), BENCH_APP_PORT (8181), BENCH_PG_PORT (55433), BENCH_JAVA_OPTS
# (JVM options, e.g. -Xmx512m to show that the upload streams), BENCH_KEEP (1: keep the temporary
# directory). The figures are also written to bench/results/media-latest.md. The installation asks no
# second factor of admins and the press office (only of event hosts, whom the run does not use): the
# run measures media, not the TOTP enrolment.
set -euo pipefail

MIB=${MEDIA_MIB:-1024}
LISTENERS=${MEDIA_LISTENERS:-100}
REQUESTS=${MEDIA_REQUESTS:-$(( LISTENERS * 20 ))}
RANGE_BYTES=${MEDIA_RANGE:-262144}
APP_PORT=${BENCH_APP_PORT:-8181}
PG_PORT=${BENCH_PG_PORT:-55433}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
PG_BIN=/usr/lib/postgresql/15/bin

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESULTS=$ROOT/bench/results
BASE=http://127.0.0.1:$APP_PORT
OWNER_PASSWORD=bench-owner-$RANDOM$RANDOM
APP_PASSWORD=bench-app-$RANDOM$RANDOM
ADMIN_PASSWORD=Bench-Admin-$RANDOM$RANDOM
USER_PASSWORD=Bench-Pressestelle-$RANDOM$RANDOM
PRESS_USER=bench-presse-$RANDOM

log() { printf '[media %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

missing=()
[ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql-15)
for tool in ab:apache2-utils curl:curl jq:jq jcmd:openjdk-17-jdk-headless python3:python3; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || fail "missing ${missing[*]}; run as root to install them"
    log "installing ${missing[*]}"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
fi
if [ "$(id -u)" -eq 0 ]; then
    as_pg() { (cd / && runuser -u postgres -- "$@"); }
else
    as_pg() { "$@"; }
fi

WORK=$(mktemp -d /tmp/lz-media.XXXXXX)
chmod 755 "$WORK"
PGDATA=$WORK/pg/data
SOCK=$WORK/pg/sock
mkdir -p "$SOCK" "$WORK/data"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$WORK/pg"; fi
APP_PID=
PG_STARTED=
SAMPLER_PID=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    [ -n "$PG_STARTED" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    if [ "$rc" -ne 0 ] && [ -f "$WORK/app.log" ]; then tail -n 30 "$WORK/app.log" >&2 || true; fi
    if [ "$rc" -ne 0 ] || [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Room for the recording twice (the temporary file and the store) and the file store's reserve.
FREE_MIB=$(( $(df -Pk /tmp | awk 'NR==2 {print $4}') / 1024 ))
[ "$FREE_MIB" -gt $(( MIB * 2 + 512 )) ] || fail "only $FREE_MIB MiB free in /tmp, need $(( MIB * 2 + 512 ))"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

JAR=$(ls "$ROOT"/target/lagezentrum-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
    log "building the jar (./mvnw -B -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2)
    JAR=$(ls "$ROOT"/target/lagezentrum-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
fi

log "PostgreSQL 15 on port $PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log" >&2; fail initdb; }
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/postgres.log" -w \
    -o "-p $PG_PORT -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null \
    || fail "pg_ctl start"
PG_STARTED=1
as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PG_PORT" -U postgres -d postgres >/dev/null <<SQL
CREATE ROLE lagezentrum_owner LOGIN PASSWORD '$OWNER_PASSWORD';
CREATE ROLE lagezentrum_app LOGIN PASSWORD '$APP_PASSWORD' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE lagezentrum OWNER lagezentrum_owner ENCODING 'UTF8' TEMPLATE template0;
SQL

log "starting the application on port $APP_PORT"
# shellcheck disable=SC2086
env SERVER_PORT="$APP_PORT" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lagezentrum" \
    SPRING_DATASOURCE_USERNAME=lagezentrum_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
    SPRING_FLYWAY_USER=lagezentrum_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
    LAGEZENTRUM_DATA_DIR="$WORK/data" LAGEZENTRUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    LAGEZENTRUM_DEMO=false LAGEZENTRUM_BASE_URL="$BASE" \
    LAGEZENTRUM_MFA_REQUIRED_ROLES=EVENT_HOST \
    java $JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
started=$(date +%s)
until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application exited during start"
    [ $(( $(date +%s) - started )) -lt 240 ] || fail "no healthy application after 240 s"
    sleep 0.5
done

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

ADMIN_TOKEN=$(token admin "$ADMIN_PASSWORD")
api POST /api/v1/people "$ADMIN_TOKEN" "{\"displayName\":\"Paula Presse\",\"email\":\"presse@example.org\",
    \"roles\":[\"PRESS_OFFICE\",\"EMPLOYEE\"],\"username\":\"$PRESS_USER\",\"password\":\"$USER_PASSWORD\"}" >/dev/null
TOKEN=$(token "$PRESS_USER" "$USER_PASSWORD")
PERSON=$(api GET /api/v1/me "$TOKEN" | jq -r .id)
START=$(date -u -d '-1 day' +%Y-%m-%dT09:00:00Z)
END=$(date -u -d '-1 day' +%Y-%m-%dT10:00:00Z)
BRIEFING=$(api POST /api/v1/briefings "$TOKEN" \
    "{\"title\":\"Benchmark-Briefing\",\"start\":\"$START\",\"end\":\"$END\",\"chairId\":\"$PERSON\"}" | jq -r .id)

log "generating a WAV of $MIB MiB (48 kHz, stereo, 16 bit)"
WAV=$WORK/recording.wav
python3 - "$WAV" "$MIB" <<'PY'
import struct, sys
path, mib = sys.argv[1], int(sys.argv[2])
data = mib * 1024 * 1024 - 44
data -= data % 4
with open(path, 'wb') as wav:
    wav.write(b'RIFF' + struct.pack('<I', 36 + data) + b'WAVE')
    wav.write(b'fmt ' + struct.pack('<IHHIIHH', 16, 1, 2, 48000, 48000 * 4, 4, 16))
    wav.write(b'data' + struct.pack('<I', data))
    chunk = bytes(range(256)) * 4096
    left = data
    while left > 0:
        wav.write(chunk[:min(left, len(chunk))])
        left -= len(chunk)
PY

# The heap during the upload: jcmd GC.heap_info every half second, the largest "used" kept.
sample_heap() {
    while kill -0 "$APP_PID" 2>/dev/null; do
        jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/used/ {
            for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); print v; exit } }'
        sleep 0.5
    done >"$WORK/heap.samples"
}
HEAP_BEFORE=$(jcmd "$APP_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); print v; exit } }')
sample_heap &
SAMPLER_PID=$!

log "(a) uploading the recording"
UPLOAD=$(curl -s -o "$WORK/upload.json" -w '%{http_code} %{time_total} %{speed_upload}' \
    -H "Authorization: Bearer $TOKEN" -F "file=@$WAV;type=application/octet-stream" -F kind=RECORDING \
    -F title=Benchmark-Mitschnitt "$BASE/api/v1/briefings/$BRIEFING/media")
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
read -r UPLOAD_STATUS UPLOAD_SECONDS UPLOAD_SPEED <<<"$UPLOAD"
[ "$UPLOAD_STATUS" = 201 ] || fail "upload answered $UPLOAD_STATUS: $(cat "$WORK/upload.json")"
RECORDING=$(jq -r .id "$WORK/upload.json")
[ "$(jq -r .sha256 "$WORK/upload.json")" = "$(sha256sum "$WAV" | cut -d' ' -f1)" ] || fail "checksum differs"
HEAP_MAX_KB=$(sort -n "$WORK/heap.samples" | tail -n 1)
HEAP_MAX_JVM=$(jcmd "$APP_PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -n 1 | cut -d= -f2)

log "(b) an O-Ton of 60 s in the middle, then $REQUESTS Range requests by $LISTENERS listeners"
DURATION=$(jq -r .durationSeconds "$WORK/upload.json")
FROM=$(python3 -c "print(round(float('$DURATION') / 2, 3))")
TO=$(python3 -c "print(min(float('$DURATION'), round(float('$DURATION') / 2 + 60, 3)))")
SOUNDBITE=$(api POST "/api/v1/media/$RECORDING/soundbites" "$TOKEN" \
    "{\"title\":\"Benchmark-O-Ton\",\"start\":$FROM,\"end\":$TO}" | jq -r .id)
URL="$BASE/api/v1/media/$SOUNDBITE"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Range: bytes=0-$(( RANGE_BYTES - 1 ))" "$URL" \
    || fail "the O-Ton's first range"
# Warm-up, then the measurement. Each request asks for one chunk, as a player does while it plays.
ab -q -n "$LISTENERS" -c "$LISTENERS" -H "Authorization: Bearer $TOKEN" \
    -H "Range: bytes=0-$(( RANGE_BYTES - 1 ))" "$URL" >/dev/null 2>&1 || true
ab -n "$REQUESTS" -c "$LISTENERS" -H "Authorization: Bearer $TOKEN" \
    -H "Range: bytes=$RANGE_BYTES-$(( RANGE_BYTES * 2 - 1 ))" "$URL" >"$WORK/ab.txt" 2>&1 || true
RPS=$(awk -F: '/Requests per second/ {gsub(/ \[.*/, "", $2); gsub(/ /, "", $2); print $2}' "$WORK/ab.txt")
RATE=$(awk -F: '/Transfer rate/ {gsub(/ \[.*/, "", $2); gsub(/ /, "", $2); print $2}' "$WORK/ab.txt")
FAILED=$(awk -F: '/Failed requests/ {gsub(/ /, "", $2); print $2}' "$WORK/ab.txt")
NON2XX=$(awk -F: '/Non-2xx responses/ {gsub(/ /, "", $2); print $2}' "$WORK/ab.txt")
P50=$(awk '/ 50% / {print $2}' "$WORK/ab.txt")
P99=$(awk '/ 99% / {print $2}' "$WORK/ab.txt")

mkdir -p "$RESULTS"
REPORT=$RESULTS/media-latest.md
{
    echo "# Media benchmark ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
    echo
    echo "Load average at start: $LOAD_START; $(nproc) cores; JVM options: ${JAVA_OPTS:-none}."
    echo
    echo "| measurement | result |"
    echo "|---|---|"
    echo "| upload of a $MIB MiB WAV (API v1, multipart) | ${UPLOAD_SECONDS} s, $(( ${UPLOAD_SPEED%.*} / 1048576 )) MiB/s |"
    echo "| heap used before the upload | $(( HEAP_BEFORE / 1024 )) MiB |"
    echo "| heap used during the upload, largest sample | $(( HEAP_MAX_KB / 1024 )) MiB (of at most $(( ${HEAP_MAX_JVM:-0} / 1048576 )) MiB) |"
    echo "| Range requests of $RANGE_BYTES bytes of an O-Ton, $LISTENERS concurrent | ${RPS} requests/s, ${RATE} KB/s |"
    echo "| their latency, median and 99th percentile | ${P50} ms, ${P99} ms |"
    echo "| failed, non-2xx | ${FAILED:-0}, ${NON2XX:-0} |"
} | tee "$REPORT"
log "written to $REPORT"
