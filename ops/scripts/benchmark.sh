#!/bin/bash
# The whole issue-6 measurement in one run, as docs/performance.md reports it. Every ratio comes from this
# one run. Run from a scratch directory holding copies of the two jars (never the ones a build rewrites):
#   cp ledger-api/target/ledger-api-*.jar /tmp/bench/ledger-api.jar
#   cp ops/target/points-bank-ops.jar /tmp/bench/ops.jar
#   cp ops/scripts/set-based-card-balance.sql /tmp/bench/ && cd /tmp/bench && bash <checkout>/ops/scripts/benchmark.sh
# Needs java 17+, jq and psql. DATA_DIR keeps the service's embedded PostgreSQL between runs. ACTIVITY=1 adds
# issue 15's activity close and self check-ins (the anonymous limit is raised: every volunteer signs in from here).
# MILLION=1 seeds a million-event log through the API first (below).
set -u
OPS="java -jar ops.jar"
DATA_DIR=${DATA_DIR:-/tmp/pbb}
OUT=${OUT:-out}
export POINTSBANK_URL=http://localhost:18080 POINTSBANK_PASSWORD=secret123
mkdir -p "$OUT"
start_service() {
  SPRING_PROFILES_ACTIVE=benchmark POINTSBANK_LIMITS_REQUESTSPERSECOND=1000000 POINTSBANK_LIMITS_BURST=1000000 \
    POINTSBANK_LIMITS_ANONYMOUSREQUESTSPERSECOND=1000000 POINTSBANK_LIMITS_ANONYMOUSBURST=1000000 \
    POINTSBANK_DATA_DIR=$DATA_DIR POINTSBANK_ADMIN_PASSWORD=secret123 SERVER_PORT=18080 \
    java -jar ledger-api.jar > service.log 2>&1 &
  echo $! > service.pid
  until curl -sf localhost:18080/actuator/health/readiness > /dev/null; do sleep 1; done
  grep -m1 "Started" service.log
}
stop_service() { kill "$(cat service.pid)"; while kill -0 "$(cat service.pid)" 2>/dev/null; do sleep 1; done; }

start_service
PGPORT=$(grep -o 'Embedded PostgreSQL on port [0-9]*' service.log | tail -1 | awk '{print $NF}')
# the embedded PostgreSQL asks for the passwords it keeps beside its data directory
psql_() { PGPASSWORD=$(cat "$DATA_DIR/postgres-owner.password") psql -h localhost -p "$PGPORT" -U postgres "$@"; }
# Optional, MILLION=1: instead of the small seed, a real log of 1,000,000 events over 100,000 cards made through the
# API (bench seed-log: the cards, then activity closes of 1,000 paper attendees; run again, it goes on where it
# stopped). The runs below then use those 100,000 cards and the replays read the whole log.
if [ -n "${MILLION:-}" ]; then
  $OPS bench seed-log --stations 5 --cards 100000 --events 1000000 --concurrency 16 --activities-at-once 3
else
  [ -f bench-cards.csv ] || $OPS bench seed --stations 5 --cards 500 --events 5000 --skew 1.0 --concurrency 8
fi
echo "events: $(psql_ -tAc 'select count(*) from domain_event_entry')"
# JIT warm-up, discarded
$OPS bench run --op read --clients 16 --warmup 0s --duration 20s > /dev/null
$OPS bench run --op credit --clients 16 --warmup 0s --duration 20s > /dev/null
$OPS bench run --op baseline-credit --clients 16 --warmup 0s --duration 10s > /dev/null
$OPS bench run --op baseline-c-credit --clients 16 --warmup 0s --duration 10s > /dev/null
for op in credit baseline-credit baseline-c-credit read baseline-read; do
  $OPS bench run --op $op --mode closed --clients 16 --warmup 15s --duration 30s --json "$OUT/$op-closed.json"
done
for op in credit baseline-credit baseline-c-credit; do
  $OPS bench run --op $op --mode closed --skew 0 --clients 16 --warmup 10s --duration 30s --json "$OUT/$op-uniform-closed.json"
done
for op in jdbc-credit jdbc-read; do
  $OPS bench run --op $op --jdbc-url "jdbc:postgresql://localhost:$PGPORT/postgres" --jdbc-user pointsbank_app \
    --jdbc-password "$(cat "$DATA_DIR/postgres-app.password")" \
    --clients 16 --warmup 10s --duration 30s --json "$OUT/$op.json"
done
$OPS bench lag --clients 16 --warmup 10s --duration 30s --json "$OUT/lag.json"
CR=$(jq '.opsPerSecond/2|floor' "$OUT/credit-closed.json"); RR=$(jq '.opsPerSecond/2|floor' "$OUT/read-closed.json")
echo "half rates: credit $CR/s, read $RR/s"
for op in credit baseline-credit; do $OPS bench run --op $op --mode fixed --rate "$CR" \
  --clients 16 --max-in-flight 256 --warmup 10s --duration 60s --json "$OUT/$op-fixed.json"; done
for op in read baseline-read; do $OPS bench run --op $op --mode fixed --rate "$RR" \
  --clients 16 --max-in-flight 256 --warmup 10s --duration 60s --json "$OUT/$op-fixed.json"; done
# the latency target: credits at a city's peak with readers alongside, both streams at fixed rates at once
$OPS bench mixed --credit-rate 50 --read-rate 200 --clients 16 --warmup 10s --duration 60s --json "$OUT/mixed.json"
for p in card_balance card_balance ranking statement_entry audit_entry; do $OPS bench replay --projection $p; done
for i in 1 2; do psql_ -f set-based-card-balance.sql | grep -E "INSERT|Time: [0-9]{3,}"; done
[ -n "${DEEP:-}" ] && $OPS bench deep --events 100000 --clients 8 --rounds 3 --duration 20s --json "$OUT/deep.json"
[ -n "${ACTIVITY:-}" ] && $OPS bench activity --attendees 1000 --clients 16 --json "$OUT/activity.json"
[ -n "${ACTIVITY:-}" ] && $OPS bench check-ins --volunteers 1000 --over 60s --json "$OUT/check-ins.json"
curl -s -u admin:secret123 localhost:18080/api/v1/audit/reconciliation | head -c 200; echo
stop_service
echo "start-up on this data directory:"; start_service; stop_service
