# Shared setup of the benchmarks in bench/ (sourced, not run): the tools a run needs, a throwaway
# PostgreSQL 15 cluster on its own port set up as docs/operations.md describes (owner role for Flyway,
# application role without BYPASSRLS), pgbench's single-row inserts on it, the jar, instances of the
# application against that cluster, their health, and the cleanup on exit, also when a step fails.
#
# The sourcing script sets BENCH_NAME (the log's prefix) first; it may set BENCH_HOOK_CLEANUP to the
# name of a function to run at the start of the cleanup (e.g. to stop a sampler of its own).
# Settings every benchmark shares: BENCH_JAVA_OPTS (JVM options of the application), BENCH_KEEP (1: keep
# the temporary directory with the cluster and the logs), BENCH_JAR (a jar to run instead of target's).

PG_BIN=/usr/lib/postgresql/15/bin
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS=$ROOT/bench/results
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
OWNER_PASSWORD=bench-owner-$RANDOM$RANDOM
APP_PASSWORD=bench-app-$RANDOM$RANDOM
ADMIN_PASSWORD=Bench-Admin-$RANDOM$RANDOM
APP_PIDS=()
APP_LOGS=()
PG_STARTED=

log() { printf '[%s %s] %s\n' "${BENCH_NAME:-bench}" "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

# bench_require COMMAND:PACKAGE…: PostgreSQL 15 with its contrib (pgbench, pg_trgm) and the given
# commands; installs what is missing from Debian when run as root.
bench_require() {
    local missing=() tool
    [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql-15)
    if [ ! -x "$PG_BIN/pgbench" ] || [ ! -f /usr/share/postgresql/15/extension/pg_trgm.control ]; then
        missing+=(postgresql-contrib)
    fi
    for tool in "$@"; do
        command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        [ "$(id -u)" -eq 0 ] || fail "missing ${missing[*]}; run as root to install them"
        log "installing ${missing[*]}"
        apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
    fi
    # Debian's package creates a cluster of its own on port 5432; no run uses it.
}

# PostgreSQL refuses to run as root: then the cluster belongs to the user postgres.
if [ "$(id -u)" -eq 0 ]; then
    as_pg() { (cd / && runuser -u postgres -- "$@"); }
else
    as_pg() { "$@"; }
fi

# bench_workdir PREFIX: the run's temporary directory ($WORK) with the cluster's (PGDIR: data, socket and
# log, owned by the user who runs PostgreSQL) and the application's data directory $WORK/data; installs
# the cleanup.
bench_workdir() {
    WORK=$(mktemp -d "/tmp/$1.XXXXXX")
    chmod 755 "$WORK"
    PGDIR=$WORK/pg
    PGDATA=$PGDIR/data
    SOCK=$PGDIR/sock
    PGLOG=$PGDIR/postgres.log
    mkdir -p "$SOCK" "$WORK/data"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$PGDIR"; fi
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
}

bench_cleanup() {
    local rc=$? pid i
    trap - EXIT INT TERM
    if [ -n "${BENCH_HOOK_CLEANUP:-}" ]; then "$BENCH_HOOK_CLEANUP" || true; fi
    for pid in "${APP_PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            log "stopping the application (pid $pid)"
            kill "$pid" 2>/dev/null || true
        fi
    done
    for pid in "${APP_PIDS[@]}"; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [ -n "$PG_STARTED" ]; then
        log "stopping PostgreSQL"
        as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ "$rc" -ne 0 ]; then
        for i in "${APP_LOGS[@]}"; do
            [ -f "$i" ] || continue
            log "last lines of the application log ($i):"
            tail -n 30 "$i" >&2 || true
        done
    fi
    if [ "$rc" -ne 0 ] || [ "${BENCH_KEEP:-0}" = 1 ]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}

# bench_jar: $JAR, built if there is none or the sources are newer; BENCH_JAR names another jar.
bench_jar() {
    if [ -n "${BENCH_JAR:-}" ]; then JAR=$BENCH_JAR; return; fi
    JAR=$(ls "$ROOT"/target/lagezentrum-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
    if [ -z "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
        log "building the jar (./mvnw -B -q -DskipTests package)"
        (cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2)
        JAR=$(ls "$ROOT"/target/lagezentrum-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
    fi
}

# bench_pg_start PORT MAX_CONNECTIONS [SETTING=VALUE…]: initdb and start of the cluster, then the two
# roles and the application's database. Everything not given stays at PostgreSQL's defaults,
# synchronous commit included, as in production.
bench_pg_start() {
    local port=$1 max=$2 setting options
    shift 2
    PG_PORT=$port
    options="-p $port -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=$max"
    for setting in "$@"; do options+=" -c $setting"; done
    as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 \
        || { cat "$WORK/initdb.log" >&2; fail "initdb"; }
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w -o "$options" start >/dev/null \
        || { cat "$PGLOG" >&2; fail "pg_ctl start"; }
    PG_STARTED=1
    psql_su -d postgres >/dev/null <<SQL
CREATE ROLE lagezentrum_owner LOGIN PASSWORD '$OWNER_PASSWORD';
CREATE ROLE lagezentrum_app LOGIN PASSWORD '$APP_PASSWORD' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE lagezentrum OWNER lagezentrum_owner ENCODING 'UTF8' TEMPLATE template0;
SQL
}

psql_su() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PG_PORT" -U postgres "$@"; }

# bench_pgbench_prepare: pgbench's scratch database and table, one row about the size of a journal entry
# per insert.
bench_pgbench_prepare() {
    psql_su -d postgres >/dev/null \
        -c "CREATE DATABASE bench_scratch OWNER lagezentrum_owner ENCODING 'UTF8' TEMPLATE template0"
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" \
        -U lagezentrum_owner -d bench_scratch -c \
        'CREATE TABLE scratch (id bigserial PRIMARY KEY, n integer NOT NULL, text text NOT NULL,
                               recorded_at timestamptz NOT NULL DEFAULT now())' >/dev/null
    cat >"$WORK/insert.sql" <<'SQL'
\set n random(1, 1000000)
INSERT INTO scratch (n, text) VALUES (:n, repeat('Lagemeldung Deich Nord, Pegel steigt. ', 5));
SQL
}

# bench_pgbench CLIENTS WARMUP DURATION: single-row inserts into the scratch table; sets PGBENCH_TPS,
# PGBENCH_LATENCY (ms), PGBENCH_TX and PGBENCH_FAILED.
bench_pgbench() {
    local clients=$1 warmup=$2 duration=$3 out=$WORK/pgbench-$1.txt
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U lagezentrum_owner \
        -f "$WORK/insert.sql" -c "$clients" -j "$clients" -T "$warmup" bench_scratch >/dev/null 2>&1
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U lagezentrum_owner \
        -f "$WORK/insert.sql" -c "$clients" -j "$clients" -T "$duration" bench_scratch >"$out" 2>&1 \
        || { cat "$out" >&2; fail "pgbench"; }
    PGBENCH_TPS=$(awk '/^tps = / { print $3 }' "$out")
    PGBENCH_LATENCY=$(awk '/^latency average = / { print $4 }' "$out")
    PGBENCH_TX=$(awk '/^number of transactions actually processed:/ { print $6 }' "$out")
    PGBENCH_FAILED=$(awk '/^number of failed transactions:/ { print $5 }' "$out")
    PGBENCH_FAILED=${PGBENCH_FAILED:-0}
}

# bench_app_start PORT DATA_DIR LOG [NAME=VALUE…] [-- ARGUMENT…]: an instance of the jar against the
# cluster, with the given environment and command-line arguments, in the background; $APP_PID is its
# pid. The caller waits with bench_app_healthy.
bench_app_start() {
    local port=$1 data=$2 applog=$3 envs=()
    shift 3
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    [ "${1:-}" = -- ] && shift
    mkdir -p "$data"
    log "starting the application on port $port"
    # shellcheck disable=SC2086
    env SERVER_PORT="$port" \
        SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lagezentrum" \
        SPRING_DATASOURCE_USERNAME=lagezentrum_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
        SPRING_FLYWAY_USER=lagezentrum_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
        LAGEZENTRUM_DATA_DIR="$data" LAGEZENTRUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        LAGEZENTRUM_BASE_URL="http://127.0.0.1:$port" \
        "${envs[@]}" \
        java $JAVA_OPTS -jar "$JAR" "$@" >"$applog" 2>&1 &
    APP_PID=$!
    APP_PIDS+=("$APP_PID")
    APP_LOGS+=("$applog")
}

# bench_app_healthy PORT PID: waits until the instance reports UP (240 s at most).
bench_app_healthy() {
    local port=$1 pid=$2 started
    started=$(date +%s)
    until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$pid" 2>/dev/null || fail "the application exited during start"
        [ $(( $(date +%s) - started )) -lt 240 ] || fail "no healthy application after 240 s"
        sleep 0.5
    done
    log "healthy after $(( $(date +%s) - started )) s"
}

# api METHOD PATH TOKEN [JSON]: the answer's body from $BASE; fails on anything but 2xx.
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

# token USERNAME PASSWORD: a bearer token.
token() { api POST /api/v1/tokens "" "{\"username\":\"$1\",\"password\":\"$2\"}" | jq -r .token; }
