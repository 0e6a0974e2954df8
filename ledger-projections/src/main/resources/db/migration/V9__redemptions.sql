-- Gift redemptions (issue 8).

-- A gift redemption is a statement line no points policy granted: it has no policy version.
ALTER TABLE statement_entry ALTER COLUMN policy_version DROP NOT NULL;

-- Every redemption and where it stands, kept in the recording transaction (subscribing): the expiry sweep
-- and the desks' fulfilment and cancellation read it, so it must never lag behind the event log.
CREATE TABLE redemption (
    redemption_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    card_id       VARCHAR(64)  NOT NULL,
    gift_id       VARCHAR(64)  NOT NULL,
    gift_name     VARCHAR(100) NOT NULL,
    station_id    VARCHAR(64)  NOT NULL,
    quantity      INT          NOT NULL,
    points        BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    placed_at     TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    reason        VARCHAR(500)
);
-- the sweep asks for open redemptions past their expiry, oldest first
CREATE INDEX redemption_open_expiry_idx ON redemption (expires_at) WHERE status = 'RESERVED';
CREATE INDEX redemption_card_idx ON redemption (card_id, placed_at);
