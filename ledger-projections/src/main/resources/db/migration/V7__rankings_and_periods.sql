-- Rankings (issue 7): points earned per month of occurredOn, per card and the station where they were earned,
-- net of reversals. City-wide standings are sums over stations at query time.
CREATE TABLE ranking_total (
    period            CHAR(7)     NOT NULL,
    station_id        VARCHAR(64) NOT NULL,
    card_id           VARCHAR(64) NOT NULL,
    volunteer_points  BIGINT      NOT NULL,
    study_points      BIGINT      NOT NULL,
    volunteer_minutes BIGINT      NOT NULL,
    study_minutes     BIGINT      NOT NULL,
    PRIMARY KEY (period, station_id, card_id)
);
CREATE INDEX ranking_total_card_idx ON ranking_total (period, card_id);

-- The final standings recorded when a month was closed (RankingPublished): top N per station and city-wide
-- (station_id '') per category. Part of the rankings read model: a rebuild writes them again from the events.
CREATE TABLE ranking_published (
    period            CHAR(7)     NOT NULL,
    station_id        VARCHAR(64) NOT NULL,
    category          VARCHAR(16) NOT NULL,
    rank              INT         NOT NULL,
    card_id           VARCHAR(64) NOT NULL,
    points            BIGINT      NOT NULL,
    volunteer_minutes BIGINT      NOT NULL,
    study_minutes     BIGINT      NOT NULL,
    PRIMARY KEY (period, station_id, category, card_id)
);

-- The period lifecycle, kept in the recording transaction (subscribing): a credit must see a close at once.
CREATE TABLE period (
    period         CHAR(7)     NOT NULL PRIMARY KEY,
    status         VARCHAR(16) NOT NULL,
    top_n          INT         NOT NULL,
    closed_at      TIMESTAMPTZ NOT NULL,
    notice_ends_at TIMESTAMPTZ NOT NULL,
    commended_at   TIMESTAMPTZ
);

CREATE TABLE period_objection (
    objection_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    period       CHAR(7)      NOT NULL,
    card_id      VARCHAR(64)  NOT NULL,
    station_id   VARCHAR(64)  NOT NULL,
    entry_id     VARCHAR(64),
    reason       VARCHAR(500) NOT NULL,
    filed_by     VARCHAR(100),
    filed_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX period_objection_period_idx ON period_objection (period, filed_at);

CREATE TABLE commendation (
    period       CHAR(7)     NOT NULL,
    station_id   VARCHAR(64) NOT NULL,
    card_id      VARCHAR(64) NOT NULL,
    rank         INT         NOT NULL,
    points       BIGINT      NOT NULL,
    bonus_points BIGINT      NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (period, station_id, card_id)
);
CREATE INDEX commendation_card_idx ON commendation (card_id);

-- Asked by a card before it records or reverses an entry dated in month p, in the card's transaction: takes
-- the month's lock shared (held to commit), then reads the period table with a fresh snapshot (a VOLATILE
-- function's statements each take one in READ COMMITTED), so a close committed while it waited is seen.
-- Closing takes the same lock exclusively: a credit to a month and its close are never both accepted.
CREATE FUNCTION period_is_closed(p TEXT) RETURNS BOOLEAN
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(hashtext('pointsbank.period'), hashtext(p));
    RETURN EXISTS (SELECT 1 FROM period WHERE period.period = p);
END
$$;
