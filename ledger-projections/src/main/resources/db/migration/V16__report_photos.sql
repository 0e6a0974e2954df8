-- Photos of problem reports: personal data (a face, a licence plate, a front door), kept outside the event log so
-- that an admin can erase one. The report's events hold each photo's id and the SHA-256 of the bytes stored here;
-- erasure sets the bytes to NULL and records who erased them, when and why, and the log does not change.
CREATE TABLE report_photo (
    photo_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    report_id    VARCHAR(64)  NOT NULL,
    content_type VARCHAR(20)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    bytes        BYTEA,
    stored_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    erased_at    TIMESTAMPTZ,
    erased_by    VARCHAR(100),
    erase_reason VARCHAR(2000),
    CONSTRAINT report_photo_type_check CHECK (content_type IN ('image/jpeg', 'image/png')),
    CONSTRAINT report_photo_size_check CHECK (size_bytes BETWEEN 1 AND 2097152),
    CONSTRAINT report_photo_erasure_check CHECK (
        (bytes IS NULL) = (erased_at IS NOT NULL) AND (erased_at IS NULL) = (erased_by IS NULL))
);
CREATE INDEX report_photo_report_idx ON report_photo (report_id);

-- JPEG and PNG data are compressed already: store them out of line without TOAST trying again.
ALTER TABLE report_photo ALTER COLUMN bytes SET STORAGE EXTERNAL;

-- Least privilege, as for the event log (V5): the service stores, reads and erases a photo (an UPDATE that keeps
-- its row, its hash and the record of the erasure), but never deletes the row.
REVOKE DELETE, TRUNCATE ON report_photo FROM ${appRole};
GRANT SELECT, INSERT, UPDATE ON report_photo TO ${appRole};
