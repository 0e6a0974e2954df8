-- Tamper evidence without a global lock on the recording path (ADR 8). Each event is sealed in the transaction
-- that records it: an HMAC-SHA-256 over the event row's canonical form (the same form the hash chain covers) with
-- a key the database does not hold. The hash chain (V5) is then extended behind the log, in global_index order,
-- by one tracking processor that checks each event's seal before it links it.
CREATE TABLE event_seal (
    global_index     BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    seal             CHAR(64)     NOT NULL
);

-- Events the chain went past without linking them: no seal, a seal that does not match the row, or an event that
-- became visible only after the chain had given up waiting for its position. Verification reports each of them
-- from the log itself; this table says when the chain met it and why it did not link it.
CREATE TABLE event_chain_held (
    global_index     BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL,
    problem          VARCHAR(32)  NOT NULL,
    held_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The service's role may insert seals but never change or remove one (like the event table and the chain).
REVOKE UPDATE, DELETE, TRUNCATE ON event_seal, event_chain_held FROM ${appRole};
