#!/usr/bin/env bash
# The SMS sandbox's other half: sends *signed* Twilio webhooks to a running gateway, exactly as Twilio
# would (X-Twilio-Signature over the public URL and the sorted form), so a whole SMS, WhatsApp or voice
# conversation can be held without a Twilio account. Signature checking is never switched off: the
# embedded default keeps its sandbox auth token in $MAE_DATA_DIR/twilio-sandbox-auth-token.
#
#   phone.sh sms      <from> <text...>   an SMS to the consulate's number; prints the reply
#   phone.sh whatsapp <from> <text...>   the same over WhatsApp
#   phone.sh call     <from> [1-4]       a call: language menu, a recorded message, callback "yes"
#   phone.sh sent     [n]                the texts the sandbox "sent" (folio, access code), as officer lax.oficial
#
# Environment: MAE_URL (http://localhost:8080), MAE_PUBLIC_URL (= MAE_URL; what the gateway believes
# Twilio calls), MAE_DATA_DIR (./data), MAE_SANDBOX_NUMBER (+15005550006, answered by LAX),
# MAE_TWILIO_AUTH_TOKEN (else read from the data directory), MAE_OFFICER (lax.oficial:demo).
set -euo pipefail

BASE="${MAE_URL:-http://localhost:8080}"
PUBLIC="${MAE_PUBLIC_URL:-$BASE}"
TO="${MAE_SANDBOX_NUMBER:-+15005550006}"
TOKEN_FILE="${MAE_DATA_DIR:-./data}/twilio-sandbox-auth-token"
TOKEN="${MAE_TWILIO_AUTH_TOKEN:-}"
if [[ -z "$TOKEN" ]]; then
  [[ -r "$TOKEN_FILE" ]] || { echo "No sandbox auth token in $TOKEN_FILE: start the gateway with ./mae run first (or set MAE_TWILIO_AUTH_TOKEN)" >&2; exit 1; }
  TOKEN=$(tr -d '[:space:]' < "$TOKEN_FILE")
fi

# post PATH NAME=VALUE... : a form POST signed like Twilio's (HMAC-SHA1 of URL + sorted name/value pairs, base64)
post() {
  local path=$1; shift
  local data="$PUBLIC$path" args=() kv
  while IFS= read -r kv; do
    [[ -z "$kv" ]] && continue
    data+="${kv%%=*}${kv#*=}"
    args+=(--data-urlencode "$kv")
  done < <(printf '%s\n' "$@" | LC_ALL=C sort -t= -k1,1 -s)
  local sig; sig=$(printf '%s' "$data" | openssl dgst -sha1 -hmac "$TOKEN" -binary | base64)
  curl -sS --fail-with-body -X POST -H "X-Twilio-Signature: $sig" "${args[@]}" "$BASE$path"
}

unxml() { sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&#39;/'"'"'/g; s/&amp;/\&/g'; }
said() { grep -o '<Say[^>]*>[^<]*</Say>' | sed -e 's/<Say[^>]*>//; s/<\/Say>//' | unxml | sed 's/^/  (voice) /'; }
sid() { printf '%s%s' "$1" "$(openssl rand -hex 16)"; }

message() {
  local from=$1 channel=$2; shift 2
  local text="$*" sender="$from" receiver="$TO"
  if [[ "$channel" == whatsapp ]]; then sender="whatsapp:$from"; receiver="whatsapp:$TO"; fi
  local reply
  reply=$(post /api/twilio/messages "MessageSid=$(sid SM)" "AccountSid=ACsandbox" "From=$sender" "To=$receiver" "Body=$text" "NumMedia=0")
  echo "> $text"
  local answer; answer=$(printf '%s' "$reply" | tr '\n' ' ' | sed -n 's:.*<Message>\(.*\)</Message>.*:\1:p' | unxml)
  if [[ -n "$answer" ]]; then echo "< $answer"; return; fi
  # the acknowledgement (folio, access code) leaves through the family outbox, not the reply: show what the sandbox "sent"
  sleep 2
  local texts; texts=$(sent 20 2>/dev/null | grep -F "\"to\":\"$from\"" | head -1 | sed -n 's/.*"body":"\([^"]*\)".*/\1/p')
  if [[ -n "$texts" ]]; then echo "< (sent) $texts"; else echo "< (no reply; see: $0 sent)"; fi
}

call() {
  local from=$1 digit=${2:-1} call; call=$(sid CA)
  post /api/twilio/voice "CallSid=$call" "AccountSid=ACsandbox" "From=$from" "To=$TO" "CallStatus=ringing" | said
  echo "  (caller presses $digit)"
  post /api/twilio/voice/language "CallSid=$call" "AccountSid=ACsandbox" "From=$from" "To=$TO" "Digits=$digit" | said
  local rec; rec=$(sid RE)
  echo "  (caller speaks for 20 seconds, then presses #)"
  post /api/twilio/voice/recorded "CallSid=$call" "AccountSid=ACsandbox" "From=$from" "To=$TO" "RecordingSid=$rec" \
    "RecordingUrl=https://api.twilio.com/2010-04-01/Accounts/ACsandbox/Recordings/$rec" "RecordingDuration=20" "Digits=#" | said
  echo "  (caller presses 1: call me back)"
  post /api/twilio/voice/callback "CallSid=$call" "AccountSid=ACsandbox" "From=$from" "To=$TO" "Digits=1" | said
  post /api/twilio/voice/recording-status "CallSid=$call" "AccountSid=ACsandbox" "RecordingSid=$rec" \
    "RecordingUrl=https://api.twilio.com/2010-04-01/Accounts/ACsandbox/Recordings/$rec" "RecordingDuration=20" "RecordingStatus=completed" >/dev/null
  echo "  (call $call ended; the case and the callback task are in the console's phone page)"
}

sent() {
  curl -sS --fail-with-body -u "${MAE_OFFICER:-lax.oficial:demo}" "$BASE/api/v1/phone/sandbox?limit=${1:-5}" | sed 's/},{/}\n{/g'
  echo
}

case "${1:-}" in
  sms) shift; [[ $# -ge 2 ]] || { echo "usage: $0 sms <from> <text...>" >&2; exit 2; }; from=$1; shift; message "$from" sms "$@" ;;
  whatsapp) shift; [[ $# -ge 2 ]] || { echo "usage: $0 whatsapp <from> <text...>" >&2; exit 2; }; from=$1; shift; message "$from" whatsapp "$@" ;;
  call) shift; [[ $# -ge 1 ]] || { echo "usage: $0 call <from> [1-4]" >&2; exit 2; }; call "$@" ;;
  sent) shift; sent "$@" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
