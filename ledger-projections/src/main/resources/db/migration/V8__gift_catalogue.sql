-- The gift catalogue (issue 8), kept in the recording transaction (subscribing): a gift is listed the moment
-- its addition is acknowledged.
CREATE TABLE gift (
    gift_id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    station_id              VARCHAR(64)  NOT NULL,
    name                    VARCHAR(100) NOT NULL,
    points_cost             BIGINT       NOT NULL,
    stock                   INT          NOT NULL,
    per_card_monthly_limit  INT,
    status                  VARCHAR(16)  NOT NULL,
    added_at                TIMESTAMPTZ  NOT NULL
);
CREATE INDEX gift_station_idx ON gift (station_id, name);
