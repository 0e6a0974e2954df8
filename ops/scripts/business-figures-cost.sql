-- What the business gauges' refresh costs on a large ledger (docs/operations.md, "Monitoring"): a statement_entry
-- of 1,000,000 entries over 20 stations and the six entry types, then BusinessFigures.entries()'s query three times.
-- Run against a scratch PostgreSQL (never the service's database):
--   psql -h <scratch> -U postgres -q -o /dev/null -f ops/scripts/business-figures-cost.sql
CREATE TABLE statement_entry (
    entry_id VARCHAR(64) NOT NULL PRIMARY KEY, card_id VARCHAR(64) NOT NULL, card_sequence BIGINT NOT NULL,
    type VARCHAR(32) NOT NULL, station_id VARCHAR(64) NOT NULL, description VARCHAR(500), minutes INTEGER NOT NULL,
    points BIGINT NOT NULL, running_balance BIGINT NOT NULL, occurred_on DATE NOT NULL, recorded_at TIMESTAMPTZ NOT NULL,
    policy_version VARCHAR(16) NOT NULL, reverses VARCHAR(64), reversed_by VARCHAR(64));
INSERT INTO statement_entry
SELECT md5(i::text), md5((i % 50000)::text), i,
       (ARRAY['VOLUNTEER_HOURS', 'STUDY_SESSION', 'REVERSAL', 'COMMENDATION_BONUS', 'GIFT_REDEMPTION',
              'PROBLEM_REPORT'])[1 + i % 6],
       'station-' || (i % 20), 'park cleanup', 60, 10, 100, current_date, now(), 'v1', NULL, NULL
  FROM generate_series(1, 1000000) i;
VACUUM ANALYZE statement_entry;
\timing on
SELECT type, station_id, count(*), coalesce(sum(points), 0) FROM statement_entry GROUP BY type, station_id;
SELECT type, station_id, count(*), coalesce(sum(points), 0) FROM statement_entry GROUP BY type, station_id;
SELECT type, station_id, count(*), coalesce(sum(points), 0) FROM statement_entry GROUP BY type, station_id;
DROP TABLE statement_entry;
