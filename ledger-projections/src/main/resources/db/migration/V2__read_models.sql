-- Read models: rebuilt from the event log at any time; every write is idempotent per event.

CREATE TABLE station (
    station_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE card_balance (
    card_id           VARCHAR(64) NOT NULL PRIMARY KEY,
    station_id        VARCHAR(64) NOT NULL,
    status            VARCHAR(16) NOT NULL,
    balance           BIGINT      NOT NULL,
    reserved          BIGINT      NOT NULL DEFAULT 0,
    lifetime_earned   BIGINT      NOT NULL,
    volunteer_minutes BIGINT      NOT NULL,
    study_minutes     BIGINT      NOT NULL,
    issued_at         TIMESTAMPTZ NOT NULL,
    -- the card's last applied event: makes every update idempotent
    last_sequence     BIGINT      NOT NULL
);
CREATE INDEX card_balance_station_idx ON card_balance (station_id);

CREATE TABLE statement_entry (
    entry_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    card_id         VARCHAR(64)  NOT NULL,
    card_sequence   BIGINT       NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    station_id      VARCHAR(64)  NOT NULL,
    description     VARCHAR(500),
    minutes         INTEGER      NOT NULL,
    points          BIGINT       NOT NULL,
    running_balance BIGINT       NOT NULL,
    occurred_on     DATE         NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    policy_version  VARCHAR(16)  NOT NULL,
    reverses        VARCHAR(64),
    reversed_by     VARCHAR(64),
    CONSTRAINT statement_entry_card_sequence_key UNIQUE (card_id, card_sequence)
);
CREATE INDEX statement_entry_card_recorded_idx ON statement_entry (card_id, recorded_at, card_sequence);
