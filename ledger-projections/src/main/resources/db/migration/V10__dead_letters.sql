-- Axon's dead-letter queue for the streaming read models (JdbcSequencedDeadLetterQueue), in snake_case:
-- the column set, types and indexes of Axon's GenericDeadLetterTableFactory with BYTEA for its BLOBs
-- (DeadLetterSchemaIT compares the two). An event a read model cannot take is parked here, with the
-- events of the same card behind it, instead of stopping its processor (ADR 7).
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    type                 VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pkey PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_index_key UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_processing_group_idx ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence_identifier_idx ON dead_letter_entry (processing_group, sequence_identifier);

-- A stored payload as jsonb, whatever text it holds. Jackson writes a NUL and every UTF-16 surrogate as a
-- \uXXXX escape; jsonb refuses \u0000 and a surrogate escape that is not half of a pair, so one credit with
-- such text made every ::jsonb query over the log fail. Payloads without any \u are cast as they are; the
-- others lose exactly those escapes: the text is scanned escape by escape, left to right (an escaped
-- backslash is one token, so the text \\u0000 stays the six characters it is, and a surrogate pair is one
-- token), and a \u0000 or lone surrogate escape is dropped. Ids, numbers and dates never hold escapes.
CREATE FUNCTION payload_json(payload BYTEA) RETURNS JSONB
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN strpos(convert_from(payload, 'UTF8'), '\u') = 0 THEN convert_from(payload, 'UTF8')::jsonb
        ELSE regexp_replace(convert_from(payload, 'UTF8'),
                 '(\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\[^u])|\\u(?=0000|[dD][89a-fA-F])[0-9a-fA-F]{4}',
                 '\1', 'g')::jsonb
    END
$$;
