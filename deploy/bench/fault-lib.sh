# Shared by the fault scripts (fault-kill.sh, fault-receiver-down.sh, fault-db-restart.sh): sourced,
# not run. The scenario script sets SCENARIO and its own defaults first, then calls, in order:
#   fault_setup [VAR=value...]      database $BENCH_DB recreated, bundle started with these extra settings
#   fault_start_harness [options]   FaultHarness.java started (load begins), its control file $control
#   fault_control LINE...           commands to the harness: "phase NAME", "receiver off|on", "stop"
#   fault_load SECONDS              lets the load run (stops early if the harness died)
#   fault_finish                    ends the load, waits for the verdict, prints the summary, exits with it
#
# Common options, as environment variables (defaults in brackets; a scenario may change a default):
#   CLIENTS [4]          closed-loop clients filing reports
#   THINK_MS [0]         pause of each client after each report (a lower, steadier load)
#   UPDATE_RATIO [0.2]   chance that an accepted report is followed by a correction of one of the
#                        client's own cases as lax.oficial (a new version: the per-recipient order is checked)
#   DRAIN [240]          longest wait for the deliveries after the load ends (the dispatcher's lease
#                        on a claimed message is 2 min: what a killed gateway had claimed waits that long)
#   PORT [18280]         gateway port;  HOOK_PORT [18290]  webhook receiver port
#   BENCH_DB [mae_fault] database and role, dropped and recreated;  BENCH_DB_PASSWORD [mae_fault]
#   JAVA_HOME            a JDK 22+ (default: /usr/lib/jvm/temurin-25-jdk-amd64 when present)
#   JAVA_OPTS [-Xmx768m -XX:+UseSerialGC]   JVM options of the bundle
#   START_TIMEOUT [180]  seconds to wait for /health/ready
#   KEEP_LOG [false]     keep the bundle logs, the harness output and the data directory
#
# Needs: root (or the postgres user, or sudo), a local PostgreSQL on port 5432 with psql, curl, a
# JDK 22+ and the built bundle (mvn -B -q package -DskipTests → deploy/target/mae-gateway.jar).

LOG_TAG=fault
# shellcheck source=bench-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench-lib.sh"

CLIENTS="${CLIENTS:-4}"
THINK_MS="${THINK_MS:-0}"
UPDATE_RATIO="${UPDATE_RATIO:-0.2}"
DRAIN="${DRAIN:-240}"
bench_defaults 18280 18290 mae_fault
# other agents' databases: never dropped, never disturbed
PROTECTED_DBS="mae_bench mae_bench_match"
control="$work/control"
bundle_env=()
fault_notes=()

# Preconditions, the database, the bundle (with extra VAR=value settings, kept for a restart).
fault_setup() {
  bench_java 22
  bench_preconditions
  load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
  log "scenario $SCENARIO; load average before the run: $load_start ($(nproc) cores)"
  log "recreating database and role '$BENCH_DB'"
  bench_recreate_db
  bundle_env=("$@")
  log "starting the bundle on port $PORT${bundle_env[*]:+ with ${bundle_env[*]}}"
  bench_start_bundle bundle.log "${bundle_env[@]}"
}

# Starts the harness; returns once its receiver is up and the load has begun.
fault_start_harness() {
  : >"$control"
  bench_start_program harness.out "$bench_here/FaultHarness.java" --scenario "$SCENARIO" \
    --base "http://localhost:$PORT" --hook-port "$HOOK_PORT" --secret "$SECRET" --control "$control" \
    --clients "$CLIENTS" --think-ms "$THINK_MS" --update-ratio "$UPDATE_RATIO" --drain "$DRAIN" "$@"
  for _ in $(seq 1 120); do
    grep -q '^\[fault\] ready' "$work/harness.out" 2>/dev/null && return 0
    kill -0 "$prog_pid" 2>/dev/null || die "the harness exited before it was ready"
    sleep 0.5
  done
  die "the harness was not ready after 60 s"
}

fault_control() {
  printf '%s\n' "$@" >>"$control"
}

fault_load() {
  local until=$(( $(date +%s) + $1 ))
  while (( $(date +%s) < until )); do
    kill -0 "$prog_pid" 2>/dev/null || die "the harness exited during the load"
    sleep 1
  done
}

# What the gateway recorded: failed attempts and messages retried (outbox), and SEVERE lines per log.
fault_log_figures() {
  log "outbox: $(psql -qAt -c "select coalesce(sum(attempts), 0) || ' failed attempts recorded, ' || count(*) filter (where attempts > 0)
      || ' messages retried, at most ' || coalesce(max(attempts), 0) || ' attempts failed for one' from outbox_message")"
  local f
  for f in "$work"/bundle*.log; do
    log "$(basename "$f"): $(grep -c 'SEVERE' "$f" || true) SEVERE lines, $(grep -c 'Exception' "$f" || true) lines naming an exception"
  done
}

# For the first items the harness listed as not stored, lost, duplicated or out of order: what the
# database holds about them (outbox rows and versions) and what the gateway logged. (The dispatcher's
# own "Delivered" / "failed (attempt" / "PARKED" lines go to SLF4J, which has no provider in the bundle:
# they are not in the log, the outbox rows are the record.)
fault_diagnose() {
  local item folio
  awk '/^(2xx NOT STORED|LOST|DUPLICATED|OUT OF ORDER) \(/ { on = 1; next } /^  / { if (on) print $1; next } { on = 0 }' \
      "$work/harness.out" | head -4 | while read -r item; do
    folio="${item%%:*}"
    [[ "$folio" =~ ^[A-Z]+-[0-9]+-[0-9]+$ ]] || continue
    log "about $item: outbox rows of $folio, then its versions, then the gateway log lines naming it"
    psql -qAt -F ' | ' -c "select id, idempotency_key, status, attempts, created_at, delivered_at, claimed_until, last_error
        from outbox_message where folio = '$folio' order by id" | sed "s/^/[$LOG_TAG]   /"
    psql -qAt -F ' | ' -c "select c.folio, v.version_no, v.recorded_by, v.reason, v.recorded_at from case_version v
        join case_file c on c.id = v.case_id where c.folio = '$folio' order by 2" | sed "s/^/[$LOG_TAG]   /"
    grep -h -F -- "$folio" "$work"/bundle*.log | tail -6 | cut -c1-400 | sed "s/^/[$LOG_TAG]   /" || true
  done
}

fault_finish() {
  fault_control stop
  bench_wait_program
  bench_outbox_status
  fault_log_figures
  [[ "$prog_status" == 0 ]] || fault_diagnose
  bench_stop_bundle
  echo
  echo "==================== summary: $SCENARIO ===================="
  echo "machine            $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
  echo "load average       at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "settings           CLIENTS=$CLIENTS THINK_MS=$THINK_MS UPDATE_RATIO=$UPDATE_RATIO DRAIN=$DRAIN DB=$BENCH_DB${bundle_env[*]:+ ${bundle_env[*]}}"
  local note
  for note in "${fault_notes[@]}"; do echo "$note"; done
  grep -E '^(accepted|client errors|stored|delivered|drain|lost|duplicated|out of order|unexpected|parked|PASS|FAIL|RESULT)' \
    "$work/harness.out" || true
  case "$prog_status" in
    0|1) ;;
    *) echo "RESULT             the harness failed or could not check (exit $prog_status)" ;;
  esac
  echo "============================================================"
  exit "$prog_status"
}
