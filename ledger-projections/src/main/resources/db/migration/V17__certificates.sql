-- Certificates of volunteer service (issue 17). A streaming read model of CertificateIssued and EntryReversed:
-- the certificate's figures, the entries it counted, and every reversal seen, so that a certificate is invalid
-- whichever of its issue and a reversal of a counted entry the processor sees first.
CREATE TABLE certificate (
    certificate_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    number               VARCHAR(100) NOT NULL UNIQUE,
    card_id              VARCHAR(64)  NOT NULL,
    station_id           VARCHAR(64)  NOT NULL,
    issued_at            TIMESTAMPTZ  NOT NULL,
    period_from          DATE         NOT NULL,
    period_to            DATE         NOT NULL,
    volunteer_minutes    INT          NOT NULL,
    study_minutes        INT          NOT NULL,
    by_year              JSONB        NOT NULL,
    activity_ids         JSONB        NOT NULL,
    commendations        JSONB        NOT NULL,
    valid                BOOLEAN      NOT NULL,
    invalid_reason_code  VARCHAR(32),
    invalidated_at       TIMESTAMPTZ,
    invalidated_by_entry VARCHAR(64)
);
-- a card's certificates, newest first
CREATE INDEX certificate_card_idx ON certificate (card_id, issued_at DESC, certificate_id);

-- the entries each certificate counted: a reversal of one of them invalidates it
CREATE TABLE certificate_entry (
    entry_id       VARCHAR(64) NOT NULL,
    certificate_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (entry_id, certificate_id)
);

-- every reversal seen, so that a certificate issued (or projected) after it is invalid at once
CREATE TABLE certificate_reversal (
    entry_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    reversal_entry_id VARCHAR(64) NOT NULL,
    occurred_on       DATE        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL
);

-- Least privilege where rows never change: the entries counted and the reversals seen are only ever inserted, and
-- deleted by a rebuild's reset; a certificate's row changes once, when it turns invalid.
REVOKE UPDATE, TRUNCATE ON certificate_entry, certificate_reversal FROM ${appRole};
REVOKE TRUNCATE ON certificate FROM ${appRole};
