-- Tamper evidence: a SHA-256 chain over the event log, one link per event in the order the
-- events were committed, written in the recording transaction (see EventChainProjection).
CREATE TABLE event_hash_chain (
    chain_seq        BIGINT       NOT NULL PRIMARY KEY,
    global_index     BIGINT       NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    link             CHAR(64)     NOT NULL
);

-- The audit trail read model: every event in log order with who, when, where, why.
CREATE TABLE audit_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL,
    event_type           VARCHAR(100) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    card_id              VARCHAR(64),
    station_id           VARCHAR(64),
    entry_id             VARCHAR(64),
    actor                VARCHAR(100),
    recorded_at          TIMESTAMPTZ  NOT NULL,
    idempotency_key      VARCHAR(255),
    correlation_id       VARCHAR(255),
    points               BIGINT,
    policy_version       VARCHAR(16)
);

-- Least privilege: the service connects as ${appRole}, which may append to and read the
-- event log and its hash chain but never change or delete them. Flyway runs as the owner.
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry, event_hash_chain FROM ${appRole};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
