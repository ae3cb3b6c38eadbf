#!/usr/bin/env bash
# Fault script (issue 9): the agencies' webhook receiver is down for DOWN_SECONDS under load.
#
#   1. recreates the database $BENCH_DB (mae_fault) and starts the bundle on it, every agency
#      delivered by webhook to the harness's receiver, with MAE_DELIVERY_MAX_ATTEMPTS=$MAX_ATTEMPTS;
#   2. FaultHarness.java: CLIENTS clients file reports of distinct persons (THINK_MS apart) and
#      correct some of their own cases as lax.oficial (new versions, routed as updates);
#   3. after LOAD_BEFORE s the receiver stops listening (connection refused) for DOWN_SECONDS, under
#      load; then it is back, and the load goes on LOAD_AFTER s;
#   4. waits (up to DRAIN s) for everything to be delivered; meanwhile parked deliveries are listed
#      and replayed as admin (POST /api/v1/admin/outbox/{id}/replay) and counted;
#   5. prints delivered / lost / duplicated, the order check and the time the backlog took to drain
#      after the receiver returned ("deliveries pending when receiver-up began: all arrived within").
#
# The retry budget: backoff 1 s doubling to 5 min, ±20 %. With the default 12 attempts a message is
# parked after about 18 min (at the earliest ~15 min with jitter), so even 600 s would not park one;
# the script raises it anyway (MAX_ATTEMPTS), and any parked delivery is reported and replayed. After
# a long outage the backlog waits up to one backoff period (up to 5 min + 20 %) to be retried: that is
# the drain time.
#
# Invariant: everything accepted is delivered after the receiver returns, none twice per key, and
# per recipient no version of a case arrives before an earlier one. Exit 0 when it holds, 1 when not.
#
# Options (environment; defaults in brackets), besides those of fault-lib.sh (CLIENTS [4],
# UPDATE_RATIO [0.2], PORT [18280], HOOK_PORT [18290], BENCH_DB [mae_fault]...):
#   DOWN_SECONDS [60]  how long the receiver is down; the issue's figure is 600 (ten minutes)
#   LOAD_BEFORE [15]   seconds of load before the receiver goes down
#   LOAD_AFTER [15]    seconds of load after it is back
#   THINK_MS [200]     pause of each client after each report (4 clients: about 15 reports/s)
#   MAX_ATTEMPTS [40]  MAE_DELIVERY_MAX_ATTEMPTS of the gateway
#   DRAIN [420]        longest wait for the deliveries after the load ends
# Ten minutes: DOWN_SECONDS=600 deploy/bench/fault-receiver-down.sh
set -euo pipefail

SCENARIO=receiver-down
THINK_MS="${THINK_MS:-200}"
DRAIN="${DRAIN:-420}"
# shellcheck source=fault-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fault-lib.sh"
DOWN_SECONDS="${DOWN_SECONDS:-60}"
LOAD_BEFORE="${LOAD_BEFORE:-15}"
LOAD_AFTER="${LOAD_AFTER:-15}"
MAX_ATTEMPTS="${MAX_ATTEMPTS:-40}"

fault_setup "MAE_DELIVERY_MAX_ATTEMPTS=$MAX_ATTEMPTS"
fault_start_harness --replay-parked true
fault_load "$LOAD_BEFORE"
log "the receiver goes down for $DOWN_SECONDS s"
fault_control "receiver off" "phase receiver-down"
fault_load "$DOWN_SECONDS"
log "the receiver is back"
fault_control "receiver on" "phase receiver-up"
fault_notes+=("outage             receiver down $DOWN_SECONDS s under load; MAE_DELIVERY_MAX_ATTEMPTS=$MAX_ATTEMPTS; parked ones replayed")
fault_load "$LOAD_AFTER"
fault_finish
