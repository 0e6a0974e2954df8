package org.pointsbank.api.idempotency;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
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
    private final int inFlightWaitMillis;

    public IdempotencyStore(JdbcTemplate jdbc, PointsBankProperties properties) {
        this.jdbc = jdbc;
        // lock_timeout 0 would mean "wait for ever"; PostgreSQL takes at most Integer.MAX_VALUE milliseconds
        this.inFlightWaitMillis = (int) Math.min(
                Integer.MAX_VALUE,
                Math.max(1, properties.database().inFlightKeyWait().toMillis()));
    }

    /** {@link #claim(String, String, String, String)} for a request about no one aggregate: the earlier response, if any. */
    public Optional<StoredResponse> claim(String username, String key, String requestHash) {
        return Optional.ofNullable(claim(username, key, requestHash, null).earlier());
    }

    /**
     * Claims the key for this request: the key is new (the caller now executes the request) or answers the response
     * stored by the request that first used it. {@code aggregateId}, when the request is about one aggregate, has its
     * stream's last sequence number read in the same round trip.
     */
    KeyClaim claim(String username, String key, String requestHash, String aggregateId) {
        // one round trip (migration V23): the insert's wait for a transaction holding the same key is bounded by
        // lock_timeout for that insert only, and a key used before answers its stored response in the same call
        try {
            return jdbc.queryForObject(
                    "SELECT claimed, stored_hash, stored_status, stored_body, log_version"
                            + " FROM claim_idempotency_key(?, ?, ?, ?, ?)",
                    (rs, n) -> new KeyClaim(
                            rs.getBoolean(1)
                                    ? null
                                    : new StoredResponse(rs.getString(2), rs.getInt(3), rs.getString(4)),
                            rs.getObject(5, Long.class)),
                    username,
                    key,
                    requestHash,
                    inFlightWaitMillis,
                    new SqlParameterValue(Types.VARCHAR, aggregateId));
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
