-- Set-based rebuild of card_balance's columns from the stored payloads, timed, rolled back.
\timing on
BEGIN;
CREATE TEMP TABLE card_balance_setbased AS SELECT * FROM card_balance WITH NO DATA;
INSERT INTO card_balance_setbased (card_id, station_id, status, balance, lifetime_earned, volunteer_minutes,
                                   study_minutes, issued_at, last_sequence)
SELECT aggregate_identifier,
       max(p ->> 'stationId') FILTER (WHERE payload_type LIKE '%CardIssued'),
       CASE WHEN bool_or(payload_type LIKE '%CardClosed') THEN 'CLOSED' ELSE 'ACTIVE' END,
       coalesce(sum((p ->> 'points')::bigint), 0),
       coalesce(sum((p ->> 'points')::bigint) FILTER (WHERE (p ->> 'points')::bigint > 0), 0),
       coalesce(sum((p ->> 'minutes')::bigint) FILTER (WHERE payload_type LIKE '%VolunteerHoursCredited'
                    OR (payload_type LIKE '%EntryReversed' AND p ->> 'reversedType' = 'VOLUNTEER_HOURS')), 0),
       coalesce(sum((p ->> 'minutes')::bigint) FILTER (WHERE payload_type LIKE '%StudySessionCredited'
                    OR (payload_type LIKE '%EntryReversed' AND p ->> 'reversedType' = 'STUDY_SESSION')), 0),
       min(time_stamp)::timestamptz,
       max(sequence_number)
  FROM (SELECT aggregate_identifier, sequence_number, payload_type, time_stamp,
               payload_json(payload) AS p -- V10: safe for any text a payload holds
          FROM domain_event_entry WHERE type = 'RewardCard') e
 GROUP BY aggregate_identifier;
ROLLBACK;
