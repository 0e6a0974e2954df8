-- The benchmark baseline's own event table (same shape and indexes as domain_event_entry):
-- the "physical limit" endpoints of the benchmark profile append here, never to the real
-- log. Empty unless the service ran with SPRING_PROFILES_ACTIVE=benchmark.
CREATE TABLE bench_event (
    global_index         BIGSERIAL    NOT NULL PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    payload_type         VARCHAR(255) NOT NULL,
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    time_stamp           VARCHAR(255) NOT NULL,
    CONSTRAINT bench_event_aggregate_sequence_key UNIQUE (aggregate_identifier, sequence_number)
);
