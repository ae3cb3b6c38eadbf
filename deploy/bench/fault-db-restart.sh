#!/usr/bin/env bash
# Fault script (issue 9): the database goes away under load.
#
#   1. recreates the database $BENCH_DB (mae_fault) and starts the bundle on it, every agency
#      delivered by webhook to the harness's receiver;
#   2. FaultHarness.java: CLIENTS closed-loop clients file reports of distinct persons (and correct
#      some of their own cases: new versions);
#   3. after LOAD_BEFORE s, FAULTS times INTERVAL s apart, under load:
#        MODE=terminate (default): pg_terminate_backend of every connection to $BENCH_DB only, so
#          other databases on the server (other agents' work) are not disturbed;
#        MODE=restart: service postgresql restart — a real server restart, which cuts EVERY
#          database of the server: only on a machine of your own;
#      then LOAD_AFTER s more of load;
#   4. waits (up to DRAIN s) for every delivery, checks with psql that every 2xx is stored, and prints
#      accepted / errors / stored / delivered / lost / duplicated and the verdict.
#
# Invariant: clients get errors or successes, never a 2xx for a report that is not stored; every 2xx
# is in the database afterwards and delivered, none twice. Exit 0 when it holds, 1 when not.
#
# Options (environment; defaults in brackets), besides those of fault-lib.sh (CLIENTS [4],
# THINK_MS [0], UPDATE_RATIO [0.2], DRAIN [240], PORT [18280], HOOK_PORT [18290], BENCH_DB [mae_fault]...):
#   MODE [terminate]   terminate | restart
#   FAULTS [3]         how many times the connections are cut
#   INTERVAL [10]      seconds between two cuts (load goes on)
#   LOAD_BEFORE [15]   seconds of load before the first cut;  LOAD_AFTER [20]  after the last
set -euo pipefail

SCENARIO=db-restart
# shellcheck source=fault-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fault-lib.sh"
MODE="${MODE:-terminate}"
FAULTS="${FAULTS:-3}"
INTERVAL="${INTERVAL:-10}"
LOAD_BEFORE="${LOAD_BEFORE:-15}"
LOAD_AFTER="${LOAD_AFTER:-20}"
case "$MODE" in terminate|restart) ;; *) die "MODE must be terminate or restart";; esac

fault_setup
fault_start_harness
fault_load "$LOAD_BEFORE"
cut_total=0
for round in $(seq 1 "$FAULTS"); do
  fault_control "phase db-cut-$round"
  if [[ "$MODE" == terminate ]]; then
    n="$(as_postgres "-c \"select count(pg_terminate_backend(pid)) from pg_stat_activity
          where datname = '$BENCH_DB' and pid <> pg_backend_pid()\"" | tail -1)"
    log "cut $round: pg_terminate_backend of the $n connections to $BENCH_DB"
    cut_total=$(( cut_total + n ))
  else
    log "cut $round: service postgresql restart (every database of the server)"
    service postgresql restart >/dev/null
    for _ in $(seq 1 60); do pg_isready -q -h localhost -p 5432 && break; sleep 0.5; done
  fi
  fault_load "$INTERVAL"
done
fault_control "phase after"
if [[ "$MODE" == terminate ]]; then
  fault_notes+=("db faults          $FAULTS x pg_terminate_backend of the connections to $BENCH_DB only ($cut_total connections cut), $INTERVAL s apart")
else
  fault_notes+=("db faults          $FAULTS x service postgresql restart, $INTERVAL s apart")
fi
fault_load "$LOAD_AFTER"
fault_finish
