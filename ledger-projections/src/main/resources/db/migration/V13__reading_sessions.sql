-- Self-service reading sessions (issue 15): one row a session, OPEN until its end is recorded. A streaming read
-- model: the card itself keeps the one-open-session rule, this table only answers a card's sessions.
CREATE TABLE reading_session (
    session_id VARCHAR(64) NOT NULL PRIMARY KEY,
    card_id    VARCHAR(64) NOT NULL,
    station_id VARCHAR(64) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at   TIMESTAMPTZ,
    minutes    INT,
    points     BIGINT,
    entry_id   VARCHAR(64),
    refusal    VARCHAR(64)
);
-- a card's sessions, newest first
CREATE INDEX reading_session_card_idx ON reading_session (card_id, started_at DESC, session_id);
