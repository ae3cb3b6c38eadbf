# Shared by the scripts of deploy/bench (delivery benchmark, fault scripts): sourced, not run.
#
# The caller sets LOG_TAG (e.g. bench) before sourcing, then calls bench_defaults (PORT HOOK_PORT
# BENCH_DB BENCH_DB_PASSWORD JAVA_OPTS START_TIMEOUT KEEP_LOG SECRET) before the other functions.
# It gets: JAVA, JAR, work (a temporary directory), bundle_pid, and a clean-up trap on exit that stops
# what is still running (the program in prog_pid, the bundle) and removes $work unless KEEP_LOG=true.

bench_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench_root="$(cd "$bench_here/../.." && pwd)"
JAR="$bench_root/deploy/target/mae-gateway.jar"

# Defaults of the common settings: bench_defaults PORT HOOK_PORT DATABASE (the database's role and
# password default to its name); any already set in the environment wins.
bench_defaults() {
  PORT="${PORT:-$1}"
  HOOK_PORT="${HOOK_PORT:-$2}"
  BENCH_DB="${BENCH_DB:-$3}"
  BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-$3}"
  JAVA_OPTS="${JAVA_OPTS:--Xmx768m -XX:+UseSerialGC}"
  START_TIMEOUT="${START_TIMEOUT:-180}"
  KEEP_LOG="${KEEP_LOG:-false}"
  SECRET="$LOG_TAG-secret-$(date +%s)-0123456789"   # ≥ 16 characters, as the gateway requires
}

log() { printf '[%s] %s\n' "$LOG_TAG" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$LOG_TAG" "$*" >&2; exit 2; }

# The JDK: $JAVA_HOME, else temurin 25 when present, else java on the PATH. Needs release $1 or newer
# (22 for the source programs here: they use the classes of the files next to them).
bench_java() {
  if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  fi
  JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  local major
  major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${major:-0}" -ge "$1" ]] || die "needs a JDK $1 or newer (found '${major:-none}' at $JAVA); set JAVA_HOME"
}

# Bundle built, database name safe to drop, ports free, PostgreSQL up. Databases in PROTECTED_DBS
# (besides mae, mae_test, mae_ci and the system ones) are refused as well.
bench_preconditions() {
  command -v psql >/dev/null || die "psql not found (Debian: apt-get install postgresql)"
  command -v curl >/dev/null || die "curl not found"
  [[ -f "$JAR" ]] || die "no bundle at $JAR; build it first: mvn -B -q package -DskipTests"
  [[ "$BENCH_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "the database name must be a plain lower-case identifier"
  [[ "$BENCH_DB_PASSWORD" =~ ^[A-Za-z0-9_.-]+$ ]] || die "the database password may only hold letters, digits, '_', '.' and '-'"
  local db
  for db in mae mae_test mae_ci postgres template0 template1 ${PROTECTED_DBS:-}; do
    [[ "$BENCH_DB" != "$db" ]] || die "refusing to drop database '$BENCH_DB'"
  done
  local p
  for p in "$PORT" "$HOOK_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is already in use"; fi
  done
  pg_isready -q -h localhost -p 5432 || die "PostgreSQL is not answering on localhost:5432 (try: service postgresql start)"
}

# ---------------------------------------------------------------- clean-up on any exit
work="$(mktemp -d "/tmp/mae-$LOG_TAG.XXXXXX")"
bundle_pid=""
prog_pid=""
bench_cleanup() {
  local status=$?
  if [[ -n "$prog_pid" ]] && kill -0 "$prog_pid" 2>/dev/null; then
    log "stopping the Java program (pid $prog_pid)"
    kill "$prog_pid" 2>/dev/null || true
  fi
  bench_stop_bundle
  if [[ "$KEEP_LOG" == true ]]; then
    log "logs and data kept in $work"
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# Administrative psql as the "postgres" OS user (peer authentication), from / so su does not
# complain about the current directory.
as_postgres() {
  local cmd="psql -v ON_ERROR_STOP=1 -qAt -c 'set client_min_messages = warning' $*"
  if [[ "$(id -un)" == postgres ]]; then (cd / && eval "$cmd")
  elif [[ "$(id -u)" == 0 ]]; then (cd / && su postgres -c "$cmd")
  else (cd / && sudo -u postgres sh -c "$cmd")
  fi
}

# Drops and creates $BENCH_DB and its role; exports the PG* variables that psql (and the programs) use.
bench_recreate_db() {
  as_postgres "-c 'drop database if exists $BENCH_DB with (force)'"
  as_postgres "-c 'drop role if exists $BENCH_DB'"
  as_postgres "-c \"create role $BENCH_DB login password '$BENCH_DB_PASSWORD'\""
  as_postgres "-c 'create database $BENCH_DB owner $BENCH_DB'"
  export PGHOST=localhost PGPORT=5432 PGUSER="$BENCH_DB" PGPASSWORD="$BENCH_DB_PASSWORD" PGDATABASE="$BENCH_DB"
}

# Starts the bundle on $BENCH_DB, every agency delivered by webhook to the receiver on $HOOK_PORT, its
# output in $work/$1; further arguments are extra VAR=value settings. Returns once /health/ready is UP.
bench_start_bundle() {
  local logfile="$work/$1"
  shift
  mkdir -p "$work/data"
  (
    cd "$work"
    export MAE_DB_URL="jdbc:postgresql://localhost:5432/$BENCH_DB" MAE_DB_USER="$BENCH_DB" MAE_DB_PASSWORD="$BENCH_DB_PASSWORD"
    export MAE_DEMO_DATA=true MAE_ALLOW_DEMO_DATA=true MAE_DATA_DIR="$work/data" MAE_PUBLIC_URL="http://localhost:$PORT"
    # a test database with demo data (refused without the flag), and one client filing thousands of reports: no rate limit
    export MAE_RATE_LIMIT_REPORTS_PER_HOUR=0 MAE_RATE_LIMIT_STATUS_PER_MINUTE=0
    export MAE_DELIVERY_DEFAULT=webhook MAE_DELIVERY_DEFAULT_URL="http://localhost:$HOOK_PORT/hook" MAE_DELIVERY_DEFAULT_SECRET="$SECRET"
    [[ $# -eq 0 ]] || export "$@"
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    exec "$JAVA" $JAVA_OPTS -jar "$JAR" --port "$PORT" >"$logfile" 2>&1
  ) &
  bundle_pid=$!
  local started
  started=$(date +%s)
  until curl -fsS -o /dev/null "http://localhost:$PORT/health/ready" 2>/dev/null; do
    kill -0 "$bundle_pid" 2>/dev/null || { tail -40 "$logfile"; bundle_pid=""; die "the bundle exited during start-up"; }
    (( $(date +%s) - started < START_TIMEOUT )) || { tail -40 "$logfile"; die "not ready after ${START_TIMEOUT} s"; }
    sleep 1
  done
  log "bundle ready after $(( $(date +%s) - started )) s (pid $bundle_pid, log $logfile)"
}

# Stops the bundle: SIGTERM, up to 30 s, then SIGKILL.
bench_stop_bundle() {
  if [[ -n "$bundle_pid" ]] && kill -0 "$bundle_pid" 2>/dev/null; then
    log "stopping the bundle (pid $bundle_pid)"
    kill "$bundle_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$bundle_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$bundle_pid" 2>/dev/null || true
  fi
  bundle_pid=""
}

# Runs a Java source program of this folder in the background, its output in $work/$1 and shown
# live; sets prog_pid. In the background so that a signal reaches the trap at once (bash runs traps
# only between foreground commands). bench_wait_program waits for it and sets prog_status.
bench_start_program() {
  local out="$work/$1"
  shift
  : >"$out"   # before tail opens it
  "$JAVA" "$@" >>"$out" 2>&1 &
  prog_pid=$!
  tail -n +1 -f --pid="$prog_pid" "$out" &
  tail_pid=$!
}

bench_wait_program() {
  prog_status=0
  wait "$prog_pid" || prog_status=$?
  prog_pid=""
  wait "$tail_pid" || true
}

# Outbox rows by status, as the gateway sees them.
bench_outbox_status() {
  log "outbox by status:"
  psql -qAt -F ' ' -c "select status, count(*) from outbox_message group by status order by status" | sed "s/^/[$LOG_TAG]   /"
}
