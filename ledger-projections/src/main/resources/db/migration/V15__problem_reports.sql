-- Problem reports (issue 16): the grid, the category catalogue and the reports, as streaming read models rebuilt
-- by replay. Every write is an upsert of the columns one kind of event owns, so a processor batch's statements give
-- the same rows in whatever order they run and an event handled twice changes nothing. A column two kinds of event
-- write (a cell's station, a category's points, a report's status) is guarded by the aggregate's sequence number of
-- the event that wrote it: only a later event overwrites it.

-- The city's five-level grid: one row a cell; station_id NULL inherits the parent's (resolved when read).
CREATE TABLE grid_cell (
    cell_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    name        VARCHAR(2000),
    level       VARCHAR(16),
    parent_id   VARCHAR(64),
    station_id  VARCHAR(64),
    station_seq BIGINT        NOT NULL,
    added_at    TIMESTAMPTZ
);
-- children of a cell (and the counties: parent_id NULL), and the walk down a subtree
CREATE INDEX grid_cell_parent_idx ON grid_cell (parent_id, cell_id);

-- The catalogue of report categories (Open311's services).
CREATE TABLE report_category (
    code        VARCHAR(64)   NOT NULL PRIMARY KEY,
    name        VARCHAR(2000),
    points      INT,
    points_seq  BIGINT        NOT NULL,
    description VARCHAR(2000),
    retired     BOOLEAN       NOT NULL DEFAULT FALSE,
    added_at    TIMESTAMPTZ,
    retired_at  TIMESTAMPTZ
);

-- One row a report and where it stands. feedback/outcome/resolved_at are the latest resolution's (a report sent
-- back by NOT_FIXED keeps them until it is resolved again); due_by and assignee the latest dispatch's;
-- accepted_at set means it was accepted at some time. points_due is what verification found owed; what the card
-- really recorded, and its reversal, are in report_reward.
CREATE TABLE problem_report (
    report_id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    card_id             VARCHAR(64),
    category_code       VARCHAR(64),
    grid_cell_id        VARCHAR(64),
    station_id          VARCHAR(64),
    description         VARCHAR(2000),
    lat                 DOUBLE PRECISION,
    lon                 DOUBLE PRECISION,
    address             VARCHAR(2000),
    status              VARCHAR(16),
    status_seq          BIGINT        NOT NULL,
    submitted_by        VARCHAR(100),
    submitted_at        TIMESTAMPTZ,
    accepted_points     INT,
    accepted_at         TIMESTAMPTZ,
    assignee            VARCHAR(2000),
    dispatched_at       TIMESTAMPTZ,
    due_by              TIMESTAMPTZ,
    outcome             VARCHAR(32),
    feedback            VARCHAR(2000),
    resolved_by         VARCHAR(100),
    resolved_at         TIMESTAMPTZ,
    verified_by         VARCHAR(100),
    verified_at         TIMESTAMPTZ,
    points_due          INT,
    reward_refusal_code VARCHAR(64),
    reward_refused_at   TIMESTAMPTZ,
    duplicate_of        VARCHAR(64),
    closed_at           TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ
);
-- the lists: everything, a station's, a cell's, a card's; newest first
CREATE INDEX problem_report_submitted_idx ON problem_report (submitted_at DESC, report_id DESC);
CREATE INDEX problem_report_station_idx ON problem_report (station_id, submitted_at DESC, report_id DESC);
CREATE INDEX problem_report_cell_idx ON problem_report (grid_cell_id, submitted_at);
CREATE INDEX problem_report_card_idx ON problem_report (card_id, submitted_at DESC, report_id DESC);

-- The reward of a report as the card recorded it, one row per card entry: the credit (ProblemReportCredited, which
-- names the report) writes report_id, points_credited and credited_at, a reversal of the entry (EntryReversed, which
-- names only the entry) the reversed_* columns, each an upsert of its own columns keyed by the entry. So a reversal
-- handled in the same batch as its credit, before it or after it, gives the same row; the reads join on report_id.
-- The reversal's timeline line is read from here (at reversed_position, the reversal's log position), with the
-- status of the report's line before it.
CREATE TABLE report_reward (
    entry_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    report_id         VARCHAR(64),
    points_credited   BIGINT,
    credited_at       TIMESTAMPTZ,
    reversed          BOOLEAN       NOT NULL DEFAULT FALSE,
    reversed_position BIGINT,
    reversed_at       TIMESTAMPTZ,
    reversed_by       VARCHAR(100),
    reversal_note     VARCHAR(2000)
);
CREATE INDEX report_reward_report_idx ON report_reward (report_id);

-- A report's timeline: one line per event of the report (and its reward's credit), at the event's log position;
-- status is the report's status after the event; event says what happened.
CREATE TABLE report_timeline (
    report_id VARCHAR(64)   NOT NULL,
    position  BIGINT        NOT NULL,
    event     VARCHAR(32)   NOT NULL,
    status    VARCHAR(16),
    at        TIMESTAMPTZ   NOT NULL,
    by_user   VARCHAR(100),
    note      VARCHAR(2000),
    CONSTRAINT report_timeline_pkey PRIMARY KEY (report_id, position)
);

-- The photos of a report: the image is outside the log (and outside this table), its hash is in the event.
CREATE TABLE report_photo_ref (
    photo_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    report_id    VARCHAR(64)  NOT NULL,
    sha256       VARCHAR(64),
    content_type VARCHAR(64),
    bytes        BIGINT,
    attached_by  VARCHAR(100),
    attached_at  TIMESTAMPTZ,
    erased_by    VARCHAR(100),
    erased_at    TIMESTAMPTZ
);
CREATE INDEX report_photo_ref_report_idx ON report_photo_ref (report_id, attached_at);

-- Rankings gain the category governance: the points of verified reports, net of reversals.
ALTER TABLE ranking_total ADD COLUMN governance_points BIGINT NOT NULL DEFAULT 0;

-- A statement line of a report's reward names the report.
ALTER TABLE statement_entry ADD COLUMN report_id VARCHAR(64);

-- The audit trail names the report, category and grid cell of every event that has them.
ALTER TABLE audit_entry ADD COLUMN report_id VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN category_code VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN grid_cell_id VARCHAR(64);
