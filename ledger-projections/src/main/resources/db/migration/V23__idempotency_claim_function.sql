-- Claims an idempotency key for a request in one round trip: the three statements it took before (bound the wait,
-- insert, restore the wait) and, for a key used before, the read of the stored response, are one call.
--
-- The insert waits for a transaction that holds the same key (a concurrent duplicate), for at most p_wait_ms:
-- past it the call fails with SQLSTATE 55P03, which the service answers 409 IDEMPOTENCY_KEY_IN_FLIGHT. After the
-- wait the transaction's own lock_timeout is back. Once the holder commits, the stored row is read with a fresh
-- snapshot (a VOLATILE function's statements each take one in READ COMMITTED); once it rolls back, the insert
-- succeeds. A row removed between the failed insert and the read (the purge of old keys) is claimed again.
--
-- Answers one row: claimed true (the caller now runs the request and stores its response), or claimed false with
-- the first request's fingerprint and stored response. A request about one aggregate (a credit: its card) names it
-- in p_aggregate and, once claimed, gets its stream's last sequence number in log_version (null for no event):
-- what the service's aggregate cache would otherwise look up in a statement of its own on a cache hit.
CREATE FUNCTION claim_idempotency_key(p_username TEXT, p_key TEXT, p_request_hash TEXT, p_wait_ms INTEGER,
                                      p_aggregate TEXT)
    RETURNS TABLE (claimed BOOLEAN, stored_hash TEXT, stored_status INTEGER, stored_body TEXT, log_version BIGINT)
    LANGUAGE plpgsql VOLATILE AS
$$
DECLARE
    previous_wait TEXT := current_setting('lock_timeout');
    inserted      INTEGER;
BEGIN
    PERFORM set_config('lock_timeout', p_wait_ms::TEXT, true);
    LOOP
        INSERT INTO idempotency_record (username, idempotency_key, request_hash)
        VALUES (p_username, p_key, p_request_hash)
        ON CONFLICT (username, idempotency_key) DO NOTHING;
        GET DIAGNOSTICS inserted = ROW_COUNT;
        EXIT WHEN inserted = 1;
        SELECT r.request_hash, r.response_status, r.response_body
          INTO stored_hash, stored_status, stored_body
          FROM idempotency_record r
         WHERE r.username = p_username AND r.idempotency_key = p_key;
        EXIT WHEN FOUND;
    END LOOP;
    PERFORM set_config('lock_timeout', previous_wait, true);
    claimed := inserted = 1;
    IF claimed AND p_aggregate IS NOT NULL THEN
        SELECT max(e.sequence_number) INTO log_version
          FROM domain_event_entry e
         WHERE e.aggregate_identifier = p_aggregate;
    END IF;
    RETURN NEXT;
END
$$;
