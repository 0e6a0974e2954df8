#!/bin/bash
# Each change measured on its own: the same seeded data directory copied for each build, then credits and
# baseline (b) (and baseline (c) where the build has it) in a closed loop, skewed and uniform, one build after the
# other on the same machine. A build's figure is its credit's ratio to (b) in its own run.
#   compare-builds.sh SEEDED_DATA_DIR CARDS_FILE NAME=JAR [NAME=JAR ...]
# SEEDED_DATA_DIR is a stopped service's data directory (made once by `bench seed` against the oldest build; every
# later build migrates its own copy forward). Needs java, jq, curl; OPS_JAR (default ops.jar) and PORT (18301).
# WITH_C=1 adds baseline (c) to every build; DURATION (default 20s) is each measurement's length.
set -u
seeded=$1 cards=$2; shift 2
OPS="java -jar ${OPS_JAR:-ops.jar}"
port=${PORT:-18301}
export POINTSBANK_URL=http://localhost:$port POINTSBANK_PASSWORD=secret123
start() { # jar dir
  SPRING_PROFILES_ACTIVE=benchmark POINTSBANK_LIMITS_REQUESTSPERSECOND=1000000 POINTSBANK_LIMITS_BURST=1000000 \
    POINTSBANK_DATA_DIR=$2 POINTSBANK_ADMIN_PASSWORD=secret123 SERVER_PORT=$port java -jar "$1" > "$2.log" 2>&1 &
  echo $! > "$2.pid"
  until curl -sf localhost:$port/actuator/health/readiness > /dev/null; do sleep 0.2; done
}
stop() { kill "$(cat "$1.pid")"; while kill -0 "$(cat "$1.pid")" 2>/dev/null; do sleep 0.5; done; }
for build in "$@"; do
  name=${build%%=*} jar=${build#*=}
  dir=$(mktemp -d)/data; cp -a "$seeded" "$dir"; mkdir -p "out/$name"
  start "$jar" "$dir"
  ops="credit baseline-credit"; [ -n "${WITH_C:-}" ] && ops="$ops baseline-c-credit"
  for op in $ops; do $OPS bench run --op $op --clients 16 --warmup 0s --duration 10s --cards-file "$cards" > /dev/null; done
  for skew in 1.0 0; do for op in $ops; do
    $OPS bench run --op $op --mode closed --skew $skew --clients 16 --warmup 5s --duration "${DURATION:-20s}" \
      --cards-file "$cards" --json "out/$name/$op-$skew.json" > /dev/null 2>&1
    echo "$name $op skew=$skew $(jq -r '"\(.opsPerSecond)/s p50 \(.latencyMs.p50) p99 \(.latencyMs.p99) errors \(.errors)"' "out/$name/$op-$skew.json")"
  done; done
  echo "$name load average $(cut -d' ' -f1-3 /proc/loadavg)"
  stop "$dir"; rm -rf "$(dirname "$dir")"
done
