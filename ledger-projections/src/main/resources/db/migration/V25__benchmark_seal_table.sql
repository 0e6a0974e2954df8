-- Baseline (c)'s own event seals (same shape as event_seal, over bench_event rows): the benchmark profile's
-- framework-free credit seals each row it appends here, in its transaction, as the service seals its events;
-- never in the real event_seal. Empty unless the service ran with SPRING_PROFILES_ACTIVE=benchmark. The
-- application role may append but not change seals, as for the real ones.
CREATE TABLE bench_event_seal (
    global_index     BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    seal             CHAR(64)     NOT NULL
);
REVOKE UPDATE, DELETE, TRUNCATE ON bench_event_seal FROM ${appRole};
