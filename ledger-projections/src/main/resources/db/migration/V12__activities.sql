-- Activities and attendance (issue 15).

-- Which station an activity belongs to, with the terms its close credits under: kept in the recording
-- transaction (subscribing), because every request about an activity is authorised by its station and the
-- close process credits with its kind, title and date; it never lags behind the log.
CREATE TABLE activity_directory (
    activity_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    station_id    VARCHAR(64)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    title         VARCHAR(2000) NOT NULL,
    activity_date DATE         NOT NULL,
    self_check_in BOOLEAN      NOT NULL
);

-- The activity read model (streaming, rebuildable): the activities of a station and where each stands. Each
-- column is written by one kind of event only, and every write is an upsert, so a processor batch's writes give
-- the same rows in whatever order its statements run and an event handled twice changes nothing; the status is
-- derived when read (CANCELLED, CLOSED or OPEN).
CREATE TABLE activity (
    activity_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    station_id      VARCHAR(64),
    kind            VARCHAR(16),
    title           VARCHAR(2000),
    activity_date   DATE,
    start_time      TIME,
    end_time        TIME,
    planned_minutes INT,
    capacity        INT,
    self_check_in   BOOLEAN,
    planned_at      TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    cancel_reason   VARCHAR(2000)
);
-- a station's list, newest first
CREATE INDEX activity_station_date_idx ON activity (station_id, activity_date DESC, planned_at DESC);

-- One line a card on an activity's roster, written the same way; its status is derived when read: the close's
-- outcome (CREDITED, REFUSED, NO_SHOW), else CHECKED_OUT, CHECKED_IN or SIGNED_UP. Its minutes are the close's,
-- else those taken on paper, else those scanned.
CREATE TABLE activity_roster (
    activity_id     VARCHAR(64)  NOT NULL,
    card_id         VARCHAR(64)  NOT NULL,
    checked_in_at   TIMESTAMPTZ,
    checked_out_at  TIMESTAMPTZ,
    scanned_minutes INT,
    paper_minutes   INT,
    final_minutes   INT,
    entry_id        VARCHAR(64),
    points          BIGINT,
    outcome         VARCHAR(16),
    refusal         VARCHAR(64),
    CONSTRAINT activity_roster_pkey PRIMARY KEY (activity_id, card_id)
);

-- A statement line of an activity's credit names the activity (its text is the activity's title).
ALTER TABLE statement_entry ADD COLUMN activity_id VARCHAR(64);

-- The audit trail names the activity of every activity event and of every credit an activity's close sent.
ALTER TABLE audit_entry ADD COLUMN activity_id VARCHAR(64);
