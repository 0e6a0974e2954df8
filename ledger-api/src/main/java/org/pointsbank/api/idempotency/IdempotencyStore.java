package org.pointsbank.api.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_record} table. Must be called inside the transaction that records the
 * request's events: a claim blocks a concurrent claim of the same key until that transaction
 * ends, so under any concurrency at most one request with a key executes.
 */
@Repository
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request. Answers empty when the key is new (the caller now
     * executes the request), or the response stored by the request that first used it.
     */
    public Optional<StoredResponse> claim(String username, String key, String requestHash) {
        int inserted = jdbc.update("""
                INSERT INTO idempotency_record (username, idempotency_key, request_hash)
                VALUES (?, ?, ?)
                ON CONFLICT (username, idempotency_key) DO NOTHING""", username, key, requestHash);
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("""
                SELECT request_hash, response_status, response_body FROM idempotency_record
                 WHERE username = ? AND idempotency_key = ?""",
                (rs, n) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)),
                username, key).stream().findFirst();
    }

    public void complete(String username, String key, int status, String body) {
        jdbc.update("""
                UPDATE idempotency_record SET response_status = ?, response_body = ?
                 WHERE username = ? AND idempotency_key = ?""", status, body, username, key);
    }

    public int purgeOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?", Timestamp.from(cutoff));
    }
}
