#!/usr/bin/env bash
# Delivery benchmark of the MAE gateway on PostgreSQL. A benchmark, not a test: it prints figures
# and a verdict against the targets; run it again after a change and compare.
#
#   1. recreates the database $BENCH_DB (role of the same name) — never mae_test or mae_ci;
#   2. measures PostgreSQL's raw single-row insert TPS with pgbench (the baseline);
#   3. starts the bundle on that database, every agency delivered by webhook to a local receiver;
#   4. runs DeliveryBenchmark.java (receiver, capacity phase, latency phase, lost/duplicates);
#   5. stops the bundle and prints a summary.
#
# Needs: PostgreSQL running locally (run as root, as postgres or with sudo: the role and database
# are created as the "postgres" OS user), pgbench and psql (Debian: apt-get install postgresql),
# curl, a JDK 22+ and the built bundle (mvn -B -q package -DskipTests → deploy/target/mae-gateway.jar).
# The bundle, database and clean-up helpers are in bench-lib.sh, shared with the fault scripts.
#
# Options, as environment variables (defaults in brackets):
#   DURATION [20]        seconds of each measured phase (phase 1 capacity, phase 2 latency)
#   WARMUP [10]          unmeasured warm-up seconds before phase 1
#   CONCURRENCY [8]      closed-loop clients of phase 1
#   RATE [half phase 1]  open-loop reports/s of phase 2
#   SETTLE [180]         longest wait for the phase-1 backlog to be delivered before phase 2
#   DRAIN [60]           longest wait for the last deliveries after phase 2
#   PGBENCH_SECONDS [15] PGBENCH_CLIENTS [4] PGBENCH_THREADS [2]   the pgbench baseline
#   PGBENCH_SERIAL_SECONDS [5]  extra pgbench run with ONE client (0 = skip): the commit rate of a
#                        single serial writer, which is what one outbox dispatcher thread is
#   PORT [18080]         gateway port;  HOOK_PORT [18090]  webhook receiver port
#   BENCH_DB [mae_bench] database and role;  BENCH_DB_PASSWORD [mae_bench]
#   JAVA_HOME            a JDK 22+ (default: /usr/lib/jvm/temurin-25-jdk-amd64 when present)
#   JAVA_OPTS [-Xmx768m -XX:+UseSerialGC]   JVM options of the bundle
#   START_TIMEOUT [180]  seconds to wait for /health/ready
#   KEEP_LOG [false]     keep the bundle log and data directory after the run
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_TAG=bench
# shellcheck source=bench-lib.sh
source "$here/bench-lib.sh"

DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-10}"
CONCURRENCY="${CONCURRENCY:-8}"
RATE="${RATE:-0}"
SETTLE="${SETTLE:-180}"
DRAIN="${DRAIN:-60}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-15}"
PGBENCH_CLIENTS="${PGBENCH_CLIENTS:-4}"
PGBENCH_THREADS="${PGBENCH_THREADS:-2}"
PGBENCH_SERIAL_SECONDS="${PGBENCH_SERIAL_SECONDS:-5}"
bench_defaults 18080 18090 mae_bench

# ---------------------------------------------------------------- preconditions
bench_java 22
command -v pgbench >/dev/null || die "pgbench not found (Debian: apt-get install postgresql)"
bench_preconditions

# Other work on the machine skews every figure: say how busy it was.
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
log "load average before the run: $load_start ($(nproc) cores)"

# ---------------------------------------------------------------- 1. fresh database
log "1/5 recreating database and role '$BENCH_DB'"
bench_recreate_db

# ---------------------------------------------------------------- 2. pgbench baseline
# One committed single-row insert per transaction into a small table with a serial key, a
# timestamp and a short text: the floor of what one accepted report costs the database.
log "2/5 pgbench: single-row insert, $PGBENCH_CLIENTS clients, $PGBENCH_THREADS threads, ${PGBENCH_SECONDS} s"
psql -qAt -v ON_ERROR_STOP=1 -c "create table bench_insert (id bigserial primary key, at timestamptz not null default now(), note text not null)"
cat >"$work/insert.sql" <<'SQL'
insert into bench_insert (note) values ('benchmark row');
SQL
pgbench -n -c "$PGBENCH_CLIENTS" -j "$PGBENCH_THREADS" -T "$PGBENCH_SECONDS" -f "$work/insert.sql" >"$work/pgbench.out" 2>&1 \
  || { cat "$work/pgbench.out"; die "pgbench failed"; }
sed 's/^/[pgbench] /' "$work/pgbench.out"
# pgbench 15 prints "tps = 1234.567890 (without initial connection time)"
PGBENCH_TPS="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | tail -1)"
[[ -n "$PGBENCH_TPS" ]] || die "could not read the TPS from pgbench's output"
log "pgbench single-row insert TPS: $PGBENCH_TPS"
PGBENCH_SERIAL_TPS="n/a"
if [[ "$PGBENCH_SERIAL_SECONDS" -gt 0 ]]; then
  pgbench -n -c 1 -j 1 -T "$PGBENCH_SERIAL_SECONDS" -f "$work/insert.sql" >"$work/pgbench-serial.out" 2>&1 \
    || { cat "$work/pgbench-serial.out"; die "pgbench (one client) failed"; }
  PGBENCH_SERIAL_TPS="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench-serial.out" | tail -1)"
  log "pgbench single-row insert TPS with ONE client (serial commits): $PGBENCH_SERIAL_TPS"
fi
psql -qAt -c "drop table bench_insert"

# ---------------------------------------------------------------- 3. the bundle
log "3/5 starting the bundle on port $PORT"
bench_start_bundle bundle.log

# ---------------------------------------------------------------- 4. the benchmark program
log "4/5 running DeliveryBenchmark.java"
bench_start_program benchmark.out "$here/DeliveryBenchmark.java" \
  --base "http://localhost:$PORT" --hook-port "$HOOK_PORT" --secret "$SECRET" \
  --concurrency "$CONCURRENCY" --warmup "$WARMUP" --duration "$DURATION" --rate "$RATE" \
  --settle "$SETTLE" --drain "$DRAIN" \
  --pgbench-tps "$PGBENCH_TPS"
bench_wait_program
bench_status=$prog_status

# Outbox state as the gateway sees it (delivered, pending, parked...), before stopping it.
bench_outbox_status
# Delivery throughput as the outbox recorded it: deliveries per wall-clock second (busiest second
# and median over the seconds in which something was delivered), and created→delivered inside the
# gateway. This is the dispatcher's ceiling: if it is below 3 × the phase-2 rate, latency grows.
OUTBOX_RATE="$(psql -qAt -F ' ' -c "with s as (select date_trunc('second', delivered_at) t, count(*) n from outbox_message
  where delivered_at is not null group by 1) select max(n), percentile_disc(0.5) within group (order by n) from s")"
log "outbox deliveries per second: busiest $(cut -d' ' -f1 <<<"$OUTBOX_RATE"), median $(cut -d' ' -f2 <<<"$OUTBOX_RATE")"
log "delivery failures logged by the gateway: $(grep -c 'failed (attempt' "$work/bundle.log" || true)," \
    "parked: $(grep -c 'PARKED after' "$work/bundle.log" || true)"

# ---------------------------------------------------------------- 5. stop and summarise
log "5/5 stopping the bundle"
bench_stop_bundle

rate_text="$RATE"; [[ "$RATE" == 0 ]] && rate_text="auto (half of phase 1)"
echo
echo "==================== summary ===================="
echo "machine            $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
echo "load average       at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "settings           DURATION=$DURATION WARMUP=$WARMUP CONCURRENCY=$CONCURRENCY RATE=$rate_text SETTLE=$SETTLE DRAIN=$DRAIN"
echo "pgbench TPS        $PGBENCH_TPS (single-row insert, -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_SECONDS)"
echo "pgbench TPS 1 cl.  $PGBENCH_SERIAL_TPS (same insert, one client: serial commits)"
echo "outbox deliv./s    busiest second $(cut -d' ' -f1 <<<"$OUTBOX_RATE"), median second $(cut -d' ' -f2 <<<"$OUTBOX_RATE")"
grep -E '^(phase 1 accepted|phase-1 backlog|phase 2 rate|accepted->delivered|lost|duplicates|accepted/s|PASS|MISS)' "$work/benchmark.out" || true
case "$bench_status" in
  0) echo "result             every target met" ;;
  1) echo "result             at least one target missed (see MISS above)" ;;
  *) echo "result             the benchmark program failed (exit $bench_status)" ;;
esac
echo "================================================="
exit "$bench_status"
