package org.pointsbank.api.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_record} table. Must be called inside the transaction that records the
 * request's events: a claim blocks a concurrent claim of the same key until that transaction
 * ends, so under any concurrency at most one request with a key executes. That wait is bounded
 * ({@code pointsbank.database.in-flight-key-wait}): past it the request is refused with 409
 * {@code IDEMPOTENCY_KEY_IN_FLIGHT} and may be sent again.
 */
@Repository
public class IdempotencyStore {

    /** SQLSTATE lock_not_available: lock_timeout ran out. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcTemplate jdbc;
    private final long inFlightWaitMillis;

    public IdempotencyStore(JdbcTemplate jdbc, PointsBankProperties properties) {
        this.jdbc = jdbc;
        // lock_timeout 0 would mean "wait for ever"
        this.inFlightWaitMillis =
                Math.max(1, properties.database().inFlightKeyWait().toMillis());
    }

    /**
     * Claims the key for this request. Answers empty when the key is new (the caller now
     * executes the request), or the response stored by the request that first used it.
     */
    public Optional<StoredResponse> claim(String username, String key, String requestHash) {
        // A conflicting insert waits for the transaction that holds the key: for this statement only,
        // lock_timeout bounds that wait; DEFAULT then restores the role's own lock_timeout.
        jdbc.execute("SET LOCAL lock_timeout = " + inFlightWaitMillis);
        int inserted;
        try {
            inserted = jdbc.update("""
                    INSERT INTO idempotency_record (username, idempotency_key, request_hash)
                    VALUES (?, ?, ?)
                    ON CONFLICT (username, idempotency_key) DO NOTHING""", username, key, requestHash);
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof java.sql.SQLException sql
                    && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                throw new ApiException(
                        HttpStatus.CONFLICT,
                        "IDEMPOTENCY_KEY_IN_FLIGHT",
                        "another request with this Idempotency-Key is still running; send it again in a moment",
                        LedgerCommands.IDEMPOTENCY_KEY_HEADER);
            }
            throw e;
        }
        jdbc.execute("SET LOCAL lock_timeout = DEFAULT");
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        """
                SELECT request_hash, response_status, response_body FROM idempotency_record
                 WHERE username = ? AND idempotency_key = ?""",
                        (rs, n) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)),
                        username,
                        key)
                .stream()
                .findFirst();
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
