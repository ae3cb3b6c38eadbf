#!/usr/bin/env bash
# Fault script (issue 9): kill -9 of the gateway under a sustained load of report submissions.
#
#   1. recreates the database $BENCH_DB (mae_fault) and starts the bundle on it, every agency
#      delivered by webhook to the harness's receiver (HMAC checked, first arrival of each key kept);
#   2. FaultHarness.java: CLIENTS closed-loop clients file reports of distinct persons (and correct
#      some of their own cases: new versions);
#   3. after KILL_AFTER s: kill -9 of the gateway, mid-load; restart at once on the same database;
#      LOAD_AFTER s more of load once it is ready, then the load ends;
#   4. waits (up to DRAIN s: what the killed gateway had claimed is leased for 2 min) for every
#      delivery, checks with psql that every 2xx is stored, and prints accepted / stored / delivered /
#      duplicated / lost, the errors the clients saw per phase, and the verdict.
#
# Invariant: every accepted (2xx) report is stored and delivered to each recipient, and no
# Idempotency-Key arrives twice. 5xx and connection errors during the kill are fine, as long as no
# 2xx was for a report that is not stored. Exit status 0 when it holds, 1 when not, 2 on a failure.
#
# Options (environment; defaults in brackets), besides those of fault-lib.sh (CLIENTS [4],
# THINK_MS [0], UPDATE_RATIO [0.2], DRAIN [240], PORT [18280], HOOK_PORT [18290], BENCH_DB [mae_fault]...):
#   KILL_AFTER [20]   seconds of load before the kill
#   LOAD_AFTER [20]   seconds of load after the restarted gateway is ready
#   KILLS [1]         how many kill/restart rounds (each followed by LOAD_AFTER s of load)
# Longer: KILL_AFTER=120 LOAD_AFTER=120 KILLS=3 deploy/bench/fault-kill.sh
set -euo pipefail

SCENARIO=kill
# shellcheck source=fault-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fault-lib.sh"
KILL_AFTER="${KILL_AFTER:-20}"
LOAD_AFTER="${LOAD_AFTER:-20}"
KILLS="${KILLS:-1}"

fault_setup
fault_start_harness
fault_load "$KILL_AFTER"
for round in $(seq 1 "$KILLS"); do
  killed_at=$(date +%s.%N)
  kill -9 "$bundle_pid"
  wait "$bundle_pid" 2>/dev/null || true
  fault_control "phase down-$round"
  log "kill -9 of the gateway (pid $bundle_pid) at $(date -u +%T.%3N), mid-load; restarting it on the same database"
  bundle_pid=""
  bench_start_bundle "bundle-$(( round + 1 )).log" "${bundle_env[@]}"
  down=$(awk -v a="$killed_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  fault_control "phase after-restart-$round"
  fault_notes+=("kill $round           gateway down ${down} s (kill -9 to ready again)")
  fault_load "$LOAD_AFTER"
done
fault_finish
