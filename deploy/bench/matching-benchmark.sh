#!/usr/bin/env bash
# Person-matching benchmark (issue 8). A benchmark, not a test: it prints figures and a verdict
# against the targets; run it again after changing the matcher and compare.
#
#   phase 1, quality (in memory): synthetic persons are indexed; second reports (one named
#     corruption each, or several for MULTI) and hard negatives (siblings, father/son, common
#     names, random persons) are matched against them. Per type and overall: blocking recall,
#     recall and precision at the review and auto-link thresholds, candidates per query.
#     Targets: recall at review >= 0.98 with precision >= 0.5; at auto-link precision >= 0.99 and
#     recall >= 0.90; blocking recall >= 0.99 (in MatchingQualityBenchmark).
#   phase 2, scale (PostgreSQL): recreates the database $BENCH_DB (role of the same name; no other
#     database is touched), migrates it with the gateway's Flyway migrations, loads $PERSONS
#     synthetic persons through JdbcPersonIndex.addAll and times $QUERIES match requests end to end
#     (candidate query + scoring). Target: p99 <= 50 ms (in PersonIndexScaleBenchmark).
#
# Needs: a JDK 21+, Maven, and for phase 2 a local PostgreSQL (Debian: apt-get install postgresql;
# run as root or as postgres: the role and database are created as the "postgres" OS user).
# Exit status 0 when every target is met, 1 when one is missed.
#
# Options, as environment variables (defaults in brackets):
#   POPULATION [50000]  persons indexed in phase 1;  PER_TYPE [400]  pairs per type;  SEED [8]
#   PERSONS [1000000]   persons loaded in phase 2;   QUERIES [2000]  timed match requests
#   SKIP_PG [false]     run phase 1 only
#   BENCH_DB [mae_bench_match] database and role;  BENCH_DB_PASSWORD [mae_bench_match]
#   PG_HOST [localhost] PG_PORT [5432]
#   JAVA_HOME           a JDK 21+ (default: /usr/lib/jvm/temurin-25-jdk-amd64 when present)
#   JAVA_OPTS [-Xmx2g]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

POPULATION="${POPULATION:-50000}"
PER_TYPE="${PER_TYPE:-400}"
SEED="${SEED:-8}"
PERSONS="${PERSONS:-1000000}"
QUERIES="${QUERIES:-2000}"
SKIP_PG="${SKIP_PG:-false}"
BENCH_DB="${BENCH_DB:-mae_bench_match}"
BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-mae_bench_match}"
PG_HOST="${PG_HOST:-localhost}"
PG_PORT="${PG_PORT:-5432}"
JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"

log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 2; }

if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v mvn >/dev/null || die "mvn not found"
[[ "$BENCH_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier"
case "$BENCH_DB" in mae|mae_test|mae_ci|mae_bench|postgres|template0|template1) die "refusing to recreate $BENCH_DB";; esac

# ---------------------------------------------------------------- build (never installs into ~/.m2)
log "compiling (mvn -pl gateway -am test-compile)"
(cd "$root" && mvn -B -q -pl gateway -am test-compile)
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
(cd "$root" && mvn -B -q -pl gateway dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null)
# the reactor's own modules come from their target/classes, not from whatever ~/.m2 holds
deps="$(tr ':' '\n' < "$cpfile" | grep -v '/mx/gob/sre/mae/' | paste -sd: -)"
cp="$root/gateway/target/test-classes:$root/gateway/target/classes:$root/i18n/target/classes:$root/routes/target/classes:$deps"

status=0

# ---------------------------------------------------------------- phase 1: quality
log "phase 1: match quality on synthetic labelled pairs"
# shellcheck disable=SC2086
"$java" $JAVA_OPTS -cp "$cp" mx.gob.sre.mae.gateway.application.matching.MatchingQualityBenchmark "$POPULATION" "$PER_TYPE" "$SEED" || status=1

# ---------------------------------------------------------------- phase 2: scale on PostgreSQL
if [[ "$SKIP_PG" != "true" ]]; then
  command -v psql >/dev/null || die "psql not found (apt-get install postgresql), or set SKIP_PG=true"
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    log "starting PostgreSQL"
    service postgresql start >/dev/null || die "PostgreSQL is not running and could not be started"
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
  fi
  as_postgres() { if [[ "$(id -un)" == postgres ]]; then psql -v ON_ERROR_STOP=1 -q "$@"; else su postgres -c "psql -v ON_ERROR_STOP=1 -q $(printf '%q ' "$@")"; fi; }
  log "recreating database $BENCH_DB"
  as_postgres -c "drop database if exists $BENCH_DB" -c "drop role if exists $BENCH_DB" \
    -c "create role $BENCH_DB login password '$BENCH_DB_PASSWORD'" -c "create database $BENCH_DB owner $BENCH_DB"
  log "phase 2: $PERSONS persons on PostgreSQL, $QUERIES match requests"
  # shellcheck disable=SC2086
  "$java" $JAVA_OPTS -cp "$cp" mx.gob.sre.mae.gateway.application.matching.PersonIndexScaleBenchmark \
    "jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB" "$BENCH_DB" "$BENCH_DB_PASSWORD" "$PERSONS" "$QUERIES" "$SEED" || status=1
fi

if [[ $status -eq 0 ]]; then log "all targets met"; else log "a target was missed"; fi
exit $status
