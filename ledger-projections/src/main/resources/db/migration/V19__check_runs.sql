-- The nightly checks' outcomes (issue 18): one row a run of the chain verification or the reconciliation, written
-- by the instance that ran it and read by every instance, so that each exports the last outcome and its age.
-- Append-only: a run is a fact; nothing updates or deletes it.
CREATE TABLE check_run (
    run_id      BIGSERIAL    NOT NULL PRIMARY KEY,
    check_name  VARCHAR(32)  NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ  NOT NULL,
    -- PASSED (nothing found), FAILED (the check found something), ERROR (the check could not finish)
    outcome     VARCHAR(8)   NOT NULL CHECK (outcome IN ('PASSED', 'FAILED', 'ERROR')),
    -- what the check counted (events or cards checked, mismatches or differences found) or the error's message
    figures     JSONB        NOT NULL,
    instance    VARCHAR(200) NOT NULL
);
-- the last run of each check, and its last passing run
CREATE INDEX check_run_latest_idx ON check_run (check_name, finished_at DESC);
CREATE INDEX check_run_passed_idx ON check_run (check_name, finished_at DESC) WHERE outcome = 'PASSED';

REVOKE UPDATE, DELETE, TRUNCATE ON check_run FROM ${appRole};
