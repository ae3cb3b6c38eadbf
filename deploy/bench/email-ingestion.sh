#!/usr/bin/env bash
# Email ingestion rate of the MAE gateway (a benchmark, not a test): starts the bundle on the
# embedded default (its dev mail server: SMTP 3025, IMAP 3143, mailbox lax@consulado.localhost),
# sends N distinct emails by SMTP with curl, and measures how long the gateway takes to turn them
# all into cases (polled through the officer API). Prints messages/minute.
#
#   N [200]          emails to send
#   PORT [18081]     HTTP port of the bundle
#   POLL_MS [1000]   mailbox poll period (MAE_MAIL_POLL_MS)
# Needs the built bundle (deploy/target/mae-gateway.jar), curl, python3, a JDK 21+ (found like ./mae).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${N:-200}"; PORT="${PORT:-18081}"; POLL_MS="${POLL_MS:-1000}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
WORK="$(mktemp -d /tmp/mae-email-bench.XXXXXX)"
BUNDLE_PID=""
cleanup() { [[ -n "$BUNDLE_PID" ]] && kill "$BUNDLE_PID" 2>/dev/null && wait "$BUNDLE_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

echo "[email-bench] starting the bundle on port $PORT (log: $WORK/bundle.log)"
MAE_DATA_DIR="$WORK/data" MAE_MAIL_POLL_MS="$POLL_MS" "$JAVA" -Xmx768m -XX:+UseSerialGC \
  -jar deploy/target/mae-gateway.jar --port "$PORT" > "$WORK/bundle.log" 2>&1 &
BUNDLE_PID=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health/ready" >/dev/null && break; sleep 1; done
curl -sf "localhost:$PORT/health/ready" >/dev/null || { echo "bundle not ready"; exit 1; }

count_cases() {
  curl -s -u lax.oficial:demo "localhost:$PORT/api/v1/cases?limit=200&offset=$1" \
    | python3 -c 'import json,sys; print(sum(1 for c in json.load(sys.stdin) if c["channel"]=="EMAIL"))'
}
total_cases() { local t=0 o=0 c; while :; do c=$(count_cases "$o"); t=$((t + c)); [[ "$c" -lt 200 ]] && break; o=$((o + 200)); done; echo "$t"; }

echo "[email-bench] sending $N emails"
langs=("Mi hijo salió de Tapachula hace dos semanas y no contesta." "My brother left Tecun Uman three weeks ago and we have no news."
       "Mon fils est parti de Tapachula il y a deux semaines, sans nouvelles." "Meu irmão saiu de Tapachula há duas semanas e não responde.")
start=$(date +%s.%N)
for i in $(seq 1 "$N"); do
  printf 'From: Family %s <family%s@example.org>\r\nTo: lax@consulado.localhost\r\nSubject: Report %s\r\nMessage-ID: <bench-%s-%s@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n' \
    "$i" "$i" "$i" "$i" "$$" "${langs[$((i % 4))]}" > "$WORK/m.eml"
  curl -s --url "smtp://localhost:3025" --mail-from "family$i@example.org" --mail-rcpt lax@consulado.localhost --upload-file "$WORK/m.eml"
done
sent=$(date +%s.%N)
echo "[email-bench] sent in $(python3 -c "print(round($sent-$start,1))") s; waiting for the cases"
for _ in $(seq 1 600); do
  have=$(total_cases)
  [[ "$have" -ge "$N" ]] && break
  sleep 1
done
done_at=$(date +%s.%N)
have=$(total_cases)
python3 - <<PY
n=$N; have=$have; t=$done_at-$start
print("==================== email ingestion ====================")
print(f"emails sent                 {n}")
print(f"cases created               {have}")
print(f"first send -> last case     {t:.1f} s")
print(f"ingestion rate              {have/t*60:.0f} messages/minute")
print("==========================================================")
PY
[[ "$have" -eq "$N" ]]
