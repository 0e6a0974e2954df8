-- Baseline (c)'s own hash chain (same shape as event_hash_chain, over bench_event rows): the benchmark
-- profile's framework-free credit links each row it appends here, never to the real chain. Empty unless the
-- service ran with SPRING_PROFILES_ACTIVE=benchmark. The application role may append but not change links,
-- as for the real chain.
CREATE TABLE bench_hash_chain (
    chain_seq        BIGINT       NOT NULL PRIMARY KEY,
    global_index     BIGINT       NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    link             CHAR(64)     NOT NULL
);
REVOKE UPDATE, DELETE, TRUNCATE ON bench_hash_chain FROM ${appRole};
