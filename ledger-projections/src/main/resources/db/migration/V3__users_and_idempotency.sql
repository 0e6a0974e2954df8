-- Accounts (bcrypt hashes only) and idempotency keys. Not event-sourced: credentials are
-- secrets and must never enter the immutable log.

CREATE TABLE app_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A key, the request it was first used for and the response it got. Written in the same
-- transaction as the events the request produced: both commit or neither does.
CREATE TABLE idempotency_record (
    username        VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_record_pkey PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);

-- Personal data of a card's holder: outside the event log so that it can be erased.
CREATE TABLE card_holder (
    card_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200),
    phone       VARCHAR(40),
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
