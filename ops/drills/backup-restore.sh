#!/bin/bash
# Backup-and-restore drill (issue 18; docs/operations.md "Backup and restore"). Starts the service on a fresh
# embedded database, records entries, takes an online physical backup while it runs (pg_backup_start, a copy of
# the data directory, pg_backup_stop, the WAL and the backup_label), records one more credit, stops the service,
# restores the backup into a NEW data directory and starts the service there. Passes when the restored chain
# verifies with the head it had at the backup, reconciliation is zero, every credit acknowledged before the backup
# is present and the one after it is not. Prints the figures docs/operations.md quotes.
#
#   ./mvnw -q -pl ledger-api -am package -DskipTests && bash ops/drills/backup-restore.sh
#
# Needs java 17+, curl, jq, tar and psql (any version: only plain SQL is sent). CARDS and CREDITS size it;
# JAR, WORK, PORT_A and PORT_B can be set. Exit 0 on success, 1 on any failed check.
set -euo pipefail
JAR=${JAR:-ledger-api/target/ledger-api-0.1.0-SNAPSHOT.jar}
WORK=${WORK:-$(mktemp -d /tmp/pointsbank-backup-drill.XXXXXX)}
PORT_A=${PORT_A:-18180}
PORT_B=${PORT_B:-18181}
CARDS=${CARDS:-20}
CREDITS=${CREDITS:-10}
PASSWORD=drill-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
ZONE=${POINTSBANK_ZONE:-Asia/Shanghai}
TODAY=$(TZ=$ZONE date +%F)
cp "$JAR" "$WORK/ledger-api.jar" # the copy a rebuild cannot change under the running service
echo "drill in $WORK"

fail() { echo "FAILED: $*" >&2; exit 1; }
key() { cat /proc/sys/kernel/random/uuid; }
start() { # start DATA_DIR PORT NAME
  POINTSBANK_DATA_DIR=$1 SERVER_PORT=$2 POINTSBANK_ADMIN_PASSWORD=$PASSWORD POINTSBANK_ZONE=$ZONE \
    POINTSBANK_LIMITS_REQUESTSPERSECOND=100000 POINTSBANK_LIMITS_BURST=100000 \
    java -jar "$WORK/ledger-api.jar" > "$WORK/$3.log" 2>&1 &
  echo $! > "$WORK/$3.pid"
  for _ in $(seq 1 180); do
    curl -sf "localhost:$2/actuator/health/readiness" > /dev/null && return 0
    kill -0 "$(cat "$WORK/$3.pid")" 2> /dev/null || fail "$3 did not start (see $WORK/$3.log)"
    sleep 1
  done
  fail "$3 not ready after 180 s"
}
stop() { kill "$(cat "$WORK/$1.pid")"; while kill -0 "$(cat "$WORK/$1.pid")" 2> /dev/null; do sleep 0.2; done; }
api() { # api PORT METHOD PATH [BODY]
  if [ $# -ge 4 ]; then
    curl -sf -u "admin:$PASSWORD" -X "$2" -H 'Content-Type: application/json' -H "Idempotency-Key: $(key)" \
      -d "$4" "localhost:$1/api/v1$3"
  else
    curl -sf -u "admin:$PASSWORD" "localhost:$1/api/v1$3"
  fi
}
trap 'set +e; for n in original restored; do [ -f "$WORK/$n.pid" ] && kill "$(cat "$WORK/$n.pid")" 2> /dev/null; done; true' EXIT

start "$WORK/original" "$PORT_A" original
STATION=drill-$(key | cut -c1-8)
api "$PORT_A" POST /stations "{\"id\":\"$STATION\",\"name\":\"Backup drill\"}" > /dev/null
: > "$WORK/acknowledged.txt"
: > "$WORK/cards.txt"
for _ in $(seq 1 "$CARDS"); do
  CARD=$(api "$PORT_A" POST /cards "{\"stationId\":\"$STATION\"}" | jq -r .cardId)
  echo "$CARD" >> "$WORK/cards.txt"
  for _ in $(seq 1 "$CREDITS"); do
    api "$PORT_A" POST "/cards/$CARD/volunteer-hours" \
      "{\"stationId\":\"$STATION\",\"activity\":\"drill\",\"minutes\":6,\"occurredOn\":\"$TODAY\"}" \
      | jq -r .entryId >> "$WORK/acknowledged.txt"
  done
done
BEFORE=$(api "$PORT_A" GET /audit/verification)
echo "$BEFORE" | jq -e .ok > /dev/null || fail "the original chain does not verify: $BEFORE"

# the online backup: one psql session holds the backup open while the shell copies the files
SRC=$WORK/original/postgres
BACKUP=$WORK/backup
mkdir -p "$BACKUP"
PGPORT=$(sed -n 4p "$SRC/postmaster.pid")
T0=$(date +%s.%N)
PGPASSWORD=$(cat "$WORK/original/postgres-owner.password") psql -X -q -h localhost -p "$PGPORT" -U postgres \
  -d postgres -v ON_ERROR_STOP=1 2> "$WORK/psql.err" << SQL
\o /dev/null
SELECT pg_backup_start('points-bank backup drill', true);
\! tar -C "$SRC" --exclude=./pg_wal --exclude=./postmaster.pid --exclude=./postmaster.opts --warning=no-file-changed -cf "$BACKUP/base.tar" . || true
\t on
\a
\o $BACKUP/backup_label
SELECT labelfile FROM pg_backup_stop(true);
\o
\! tar -C "$SRC" -cf "$BACKUP/pg_wal.tar" pg_wal
SQL
cp "$WORK/original/postgres-owner.password" "$WORK/original/postgres-app.password" "$BACKUP/"
# the seal key goes to a location of its own (a secret store in production), never into the backup: whoever holds
# both could seal a forged row among the events not yet chained
KEYSTORE=$WORK/key-store
mkdir -p "$KEYSTORE" && chmod 700 "$KEYSTORE" && cp -p "$WORK/original/seal.key" "$KEYSTORE/"
T1=$(date +%s.%N)
AFTER=$(api "$PORT_A" POST "/cards/$(head -1 "$WORK/cards.txt")/volunteer-hours" \
  "{\"stationId\":\"$STATION\",\"activity\":\"after the backup\",\"minutes\":6,\"occurredOn\":\"$TODAY\"}" | jq -r .entryId)
stop original

# the restore: a new data directory from the backup, the service started on it
T2=$(date +%s.%N)
DEST=$WORK/restored/postgres
mkdir -p "$DEST" && chmod 700 "$DEST"
tar -C "$DEST" -xf "$BACKUP/base.tar"
tar -C "$DEST" -xf "$BACKUP/pg_wal.tar"
cp "$BACKUP/backup_label" "$DEST/backup_label"
cp "$BACKUP/postgres-owner.password" "$BACKUP/postgres-app.password" "$WORK/restored/"
cp -p "$KEYSTORE/seal.key" "$WORK/restored/"
start "$WORK/restored" "$PORT_B" restored
T3=$(date +%s.%N)

RESTORED=$(api "$PORT_B" GET /audit/verification)
echo "$RESTORED" | jq -e .ok > /dev/null || fail "the restored chain does not verify: $RESTORED"
[ "$(echo "$RESTORED" | jq -r .head)" = "$(echo "$BEFORE" | jq -r .head)" ] || fail "head $RESTORED, was $BEFORE"
for _ in $(seq 1 60); do
  api "$PORT_B" GET /audit/reconciliation | jq -e .ok > /dev/null && break
  sleep 1
done
api "$PORT_B" GET /audit/reconciliation | jq -e .ok > /dev/null || fail "reconciliation found differences"
: > "$WORK/present.txt"
while read -r CARD; do
  api "$PORT_B" GET "/cards/$CARD/entries?limit=1000" | jq -r '.entries[].entryId' >> "$WORK/present.txt"
done < "$WORK/cards.txt"
MISSING=$(sort "$WORK/acknowledged.txt" | comm -23 - <(sort "$WORK/present.txt") | wc -l)
[ "$MISSING" -eq 0 ] || fail "$MISSING acknowledged entries missing after the restore"
grep -qx "$AFTER" "$WORK/present.txt" && fail "the credit made after the backup is present"
stop restored

printf 'backup-restore OK: %d entries acknowledged, all present; chain head %s over %s events\n' \
  "$(wc -l < "$WORK/acknowledged.txt")" "$(echo "$RESTORED" | jq -r .head | cut -c1-16)" \
  "$(echo "$RESTORED" | jq -r .eventsChecked)"
printf 'backup %.1f s (%s), restore and start %.1f s; the credit after the backup is gone, as expected\n' \
  "$(echo "$T1 - $T0" | bc)" "$(du -sh "$BACKUP" | cut -f1)" "$(echo "$T3 - $T2" | bc)"
