#!/bin/bash
# Database-outage drill (issue 18; docs/operations.md "Database outage"). Starts a PostgreSQL of its own (Debian's
# postgresql 15, run as the postgres user, as an operator's external server) and the service on it, loads it with
# credits at RATE a second (points-bank-ops bench run, open loop), stops PostgreSQL (pg_ctl stop -m fast: the
# sessions in flight end with 57P01) for OUTAGE seconds and starts it again on the same data directory and port. Meanwhile a probe sends one credit every 100 ms and times each answer, and polls liveness and readiness.
# Passes when every answer is 201 or 503 UNAVAILABLE with Retry-After, none took 5 s or more, liveness stayed up,
# readiness went down and came back, every read model is caught up within 60 s of the database's return, and the log
# holds at least every credit answered 201 (reconciliation zero). Prints the figures docs/operations.md quotes.
#
#   ./mvnw -q -pl ledger-api,ops -am package -DskipTests && bash ops/drills/outage.sh
#
# Needs java 17+, curl, jq, bc, psql and Debian's postgresql (apt-get install postgresql; PGBIN to use another),
# run as root (the server runs as postgres). RATE (200), OUTAGE (10), BEFORE (20: seconds of load before the stop),
# JAR, OPS_JAR, WORK, PORT and PGPORT can be set. Exit 0 on success, 1 on any failed check.
set -euo pipefail
JAR=${JAR:-ledger-api/target/ledger-api-0.1.0-SNAPSHOT.jar}
OPS_JAR=${OPS_JAR:-ops/target/points-bank-ops.jar}
WORK=${WORK:-$(mktemp -d /tmp/pointsbank-outage-drill.XXXXXX)}
PORT=${PORT:-18280}
PGPORT=${PGPORT:-18282}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
RATE=${RATE:-200}
OUTAGE=${OUTAGE:-10}
BEFORE=${BEFORE:-20}
AFTER=30
PASSWORD=drill-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
export POINTSBANK_URL=http://localhost:$PORT POINTSBANK_USER=admin POINTSBANK_PASSWORD=$PASSWORD
ZONE=${POINTSBANK_ZONE:-Asia/Shanghai}
TODAY=$(TZ=$ZONE date +%F)
cp "$JAR" "$WORK/ledger-api.jar"
cp "$OPS_JAR" "$WORK/ops.jar"
cd "$WORK"
echo "drill in $WORK"
fail() { echo "FAILED: $*" >&2; exit 1; }
now() { date +%s.%N; }
PGDATA=$WORK/pg
PGOPTS="-p $PGPORT -c listen_addresses=localhost -c fsync=on -c synchronous_commit=on -c max_connections=100"
as_postgres() { runuser -u postgres -- "$@"; }
pg() { as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgresql.log" -o "$PGOPTS" -w "$@" > /dev/null; }
trap 'set +e; [ -f service.pid ] && kill "$(cat service.pid)" 2> /dev/null; jobs -p | xargs -r kill 2> /dev/null;
  sleep 2; pg -m immediate stop 2> /dev/null; true' EXIT
chmod 755 "$WORK"
mkdir -p "$PGDATA" && chown postgres "$PGDATA" && touch "$WORK/postgresql.log" && chown postgres "$WORK/postgresql.log"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres > initdb.log 2>&1 || fail "initdb failed (initdb.log)"
pg start || fail "PostgreSQL did not start (postgresql.log)"
psql_() { psql -X -qtA -h localhost -p "$PGPORT" -U postgres -d postgres "$@"; }
psql_ -c "CREATE ROLE pointsbank_app LOGIN PASSWORD 'drill'" > /dev/null

SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:$PGPORT/postgres SPRING_DATASOURCE_USERNAME=pointsbank_app \
  SPRING_DATASOURCE_PASSWORD=drill SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD= \
  POINTSBANK_AUDIT_SEALKEY=$(head -c 32 /dev/urandom | base64 -w0) \
  POINTSBANK_DATA_DIR=$WORK/data SERVER_PORT=$PORT POINTSBANK_ADMIN_PASSWORD=$PASSWORD POINTSBANK_ZONE=$ZONE \
  POINTSBANK_LIMITS_REQUESTSPERSECOND=100000 POINTSBANK_LIMITS_BURST=100000 \
  java -jar ledger-api.jar > service.log 2>&1 &
echo $! > service.pid
for _ in $(seq 1 180); do curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null && break; sleep 1; done
curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null || fail "the service did not start (service.log)"
credits_in_log() { psql_ -c "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%VolunteerHoursCredited'"; }

java -jar ops.jar bench seed --stations 2 --cards 400 --events 400 --concurrency 8 > seed.log 2>&1 \
  || fail "seed failed (seed.log)"
STATION=$(sed -n 2p bench-cards.csv | cut -d, -f2)
PROBE_CARD=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -d "{\"stationId\":\"$STATION\"}" \
  "localhost:$PORT/api/v1/cards" | jq -r .cardId)
LOG_BEFORE=$(credits_in_log)

# the load: open loop at RATE/s for the whole drill (warm-up, outage, recovery)
java -jar ops.jar bench run --op credit --mode fixed --rate "$RATE" --clients 64 --max-in-flight 512 \
  --warmup 0s --duration "$((BEFORE + OUTAGE + AFTER))s" --request-timeout 30s --json load.json > load.log 2>&1 &
LOAD=$!
# the probe: one credit every 100 ms, status and seconds of each; liveness and readiness every 200 ms
( while true; do
    curl -s -o probe.body -w '%{http_code} %{time_total}\n' -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -D probe.headers \
      -d "{\"stationId\":\"$STATION\",\"activity\":\"probe\",\"minutes\":1,\"occurredOn\":\"$TODAY\"}" \
      "localhost:$PORT/api/v1/cards/$PROBE_CARD/volunteer-hours" | tr '\n' ' ' >> probe.txt
    echo "$(grep -ci '^retry-after:' probe.headers) $(jq -r '.code // "-"' probe.body 2> /dev/null || echo -)" >> probe.txt
    sleep 0.1
  done ) &
PROBE=$!
( while true; do
    echo "$(now) $(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health/liveness")" \
      "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "localhost:$PORT/actuator/health/readiness")" >> health.txt
    sleep 0.2
  done ) &
HEALTH=$!

sleep "$BEFORE"
DOWN=$(now)
pg -m fast stop || fail "pg_ctl stop failed (postgresql.log)"
STOPPED=$(now)
sleep "$OUTAGE"
pg start || fail "PostgreSQL did not start again (postgresql.log)"
UP=$(now)
# the read models resume: every projection within one second's worth of events of the log's head, timed from the
# database's return (the load goes on, so a lag of exactly 0 is only asked for once it ends)
lagging() { # projections further behind than $1 events
  curl -sf -u "admin:$PASSWORD" "localhost:$PORT/api/v1/admin/projections" | jq --argjson n "$1" '[.[] | select(.lag > $n)] | length'
}
for _ in $(seq 1 600); do
  [ "$(lagging "$RATE" || echo 99)" = 0 ] && break
  sleep 0.1
done
CAUGHT_UP=$(now)
wait "$LOAD" || true
kill "$PROBE" "$HEALTH" 2> /dev/null || true
sleep 3 # the last answers of the probe
for _ in $(seq 1 600); do [ "$(lagging 0 || echo 99)" = 0 ] && break; sleep 0.1; done
[ "$(lagging 0)" = 0 ] || fail "projections still behind after the load: $(java -jar ops.jar projections)"

for _ in $(seq 1 60); do java -jar ops.jar reconcile > reconcile.txt 2>&1 && break; sleep 1; done
java -jar ops.jar reconcile > reconcile.txt 2>&1 || fail "reconciliation found differences (reconcile.txt)"
java -jar ops.jar verify > verify.txt 2>&1 || fail "the chain does not verify (verify.txt)"
LOG_AFTER=$(credits_in_log)

LOAD_201=$(jq .ops load.json)
PROBE_201=$(awk '$1 == 201' probe.txt | wc -l)
IN_LOG=$((LOG_AFTER - LOG_BEFORE))
OTHER=$(jq '[.errors | to_entries[] | select(.key | startswith("503 ") | not) | .value] | add // 0' load.json)
BAD_PROBE=$(awk '$1 != 201 && !($1 == 503 && $3 == 1 && $4 == "UNAVAILABLE")' probe.txt | wc -l)
SLOWEST=$(awk '{print $2}' probe.txt | sort -g | tail -1)
LIVE_DOWN=$(awk '$2 != 200' health.txt | wc -l)
READY_DOWN=$(awk '$3 != 200' health.txt | wc -l)
READY_BACK=$(awk -v up="$UP" '$1 > up && $3 == 200 {print $1; exit}' health.txt)

echo "load: $(jq -c '{rate, ops, errors, latencyMs: {p50: .latencyMs.p50, p99: .latencyMs.p99, max: .latencyMs.max}}' load.json)"
echo "probe: $(wc -l < probe.txt) credits, $PROBE_201 answered 201, $(awk '$1 == 503' probe.txt | wc -l) 503," \
  "slowest answer ${SLOWEST} s; liveness not 200: $LIVE_DOWN polls; readiness not 200: $READY_DOWN polls"
printf 'PostgreSQL down %.1f s (stop took %.1f s); readiness back %.1f s and every read model within 1 s of events of the head %.1f s after its return\n' \
  "$(echo "$UP - $DOWN" | bc)" "$(echo "$STOPPED - $DOWN" | bc)" "$(echo "${READY_BACK:-$UP} - $UP" | bc)" \
  "$(echo "$CAUGHT_UP - $UP" | bc)"
echo "credits acknowledged (201): $((LOAD_201 + PROBE_201)) + seed; new credit events in the log: $IN_LOG"

[ "$OTHER" -eq 0 ] || fail "the load saw answers other than 201 and 503: $(jq -c .errors load.json)"
[ "$BAD_PROBE" -eq 0 ] || fail "the probe saw answers other than 201 and 503 UNAVAILABLE with Retry-After"
[ "$(echo "$SLOWEST < 5" | bc)" -eq 1 ] || fail "an answer took $SLOWEST s"
[ "$LIVE_DOWN" -eq 0 ] || fail "liveness went down"
[ "$READY_DOWN" -gt 0 ] || fail "readiness never went down"
[ -n "$READY_BACK" ] || fail "readiness did not come back"
[ "$(echo "$CAUGHT_UP - $UP < 60" | bc)" -eq 1 ] || fail "the read models took longer than 60 s to resume"
[ "$IN_LOG" -ge "$((LOAD_201 + PROBE_201))" ] || fail "fewer credits in the log ($IN_LOG) than acknowledged"
echo "outage OK"
