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
BENCH_NAME=media
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

BASE=http://127.0.0.1:$APP_PORT
USER_PASSWORD=Bench-Pressestelle-$RANDOM$RANDOM
PRESS_USER=bench-presse-$RANDOM
SAMPLER_PID=

bench_require ab:apache2-utils curl:curl jq:jq jcmd:openjdk-17-jdk-headless python3:python3
stop_sampler() { if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi; }
BENCH_HOOK_CLEANUP=stop_sampler
bench_workdir lz-media

# Room for the recording twice (the temporary file and the store) and the file store's reserve.
FREE_MIB=$(( $(df -Pk /tmp | awk 'NR==2 {print $4}') / 1024 ))
[ "$FREE_MIB" -gt $(( MIB * 2 + 512 )) ] || fail "only $FREE_MIB MiB free in /tmp, need $(( MIB * 2 + 512 ))"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

bench_jar

log "PostgreSQL 15 on port $PG_PORT"
bench_pg_start "$PG_PORT" 100

bench_app_start "$APP_PORT" "$WORK/data" "$WORK/app.log" LAGEZENTRUM_DEMO=false \
    LAGEZENTRUM_MFA_REQUIRED_ROLES=EVENT_HOST
bench_app_healthy "$APP_PORT" "$APP_PID"

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
