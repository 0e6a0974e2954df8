#!/bin/bash
# Issue 19's measurements on a real 1,000,000-event log (made by `bench seed-log`, see benchmark.sh's MILLION=1):
# start-up on the data directory (twice: the first start of a new build also migrates), the balance projection
# replayed, and the service with -Xmx512m under the full credit load over all the log's cards, with the garbage
# collector's share of CPU (gc-share.sh) and a count of OutOfMemoryError in the service's log.
#   million.sh DATA_DIR CARDS_FILE LEDGER_JAR
# Run from a scratch directory; needs java, jq, curl; OPS_JAR (default ops.jar), PORT (default 18303).
set -u
dir=$1 cards=$2 jar=$3
here=$(cd "$(dirname "$0")" && pwd)
OPS="java -jar ${OPS_JAR:-ops.jar}"
port=${PORT:-18303}
export POINTSBANK_URL=http://localhost:$port POINTSBANK_PASSWORD=secret123
mkdir -p out
start() { # label [java options]
  local label=$1; shift
  local t0; t0=$(date +%s.%N)
  SPRING_PROFILES_ACTIVE=benchmark POINTSBANK_LIMITS_REQUESTSPERSECOND=1000000 POINTSBANK_LIMITS_BURST=1000000 \
    POINTSBANK_DATA_DIR=$dir POINTSBANK_ADMIN_PASSWORD=secret123 SERVER_PORT=$port java "$@" -jar "$jar" \
    > "out/service-$label.log" 2>&1 &
  echo $! > out/service.pid
  until curl -sf localhost:$port/actuator/health/readiness > /dev/null; do sleep 0.2; done
  echo "$label: ready after $(echo "$(date +%s.%N) - $t0" | bc) s; $(grep -m1 -o 'Started .*' "out/service-$label.log")"
}
stop() { kill "$(cat out/service.pid)"; while kill -0 "$(cat out/service.pid)" 2>/dev/null; do sleep 0.5; done; }
start first; stop
start second
$OPS bench replay --projection card_balance --json out/replay.json | tail -3
stop
start xmx512m -Xmx512m
pid=$(cat out/service.pid)
for skew in 0 1.0; do
  "$here/gc-share.sh" "$pid" start out/gc.state
  $OPS bench run --op credit --mode closed --skew $skew --clients 16 --warmup 10s --duration 60s --cards-file "$cards" \
    --json "out/credit-512m-$skew.json" > /dev/null 2>&1
  echo "credit -Xmx512m skew=$skew $(jq -r '"\(.opsPerSecond)/s p50 \(.latencyMs.p50) p99 \(.latencyMs.p99) errors \(.errors)"' "out/credit-512m-$skew.json")"
  "$here/gc-share.sh" "$pid" stop out/gc.state
done
jcmd "$pid" GC.heap_info | head -3
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError out/service-xmx512m.log)"
stop
