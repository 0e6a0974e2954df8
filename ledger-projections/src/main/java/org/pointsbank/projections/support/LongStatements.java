package org.pointsbank.projections.support;

import java.time.Duration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's role runs every statement under a short {@code statement_timeout} (V11), and its
 * driver gives up on a silent socket soon after. The few statements that legitimately read the
 * whole event log at once (reconciliation, ranking a month from the log at its close) raise both
 * for their own transaction only: {@code SET LOCAL} ends with the transaction, and the pool puts
 * the connection's network timeout back when the connection returns. The service makes it from
 * {@code pointsbank.database.long-statement-timeout}.
 */
public class LongStatements {

    /** How much longer than the statement the driver waits on a silent socket. */
    static final Duration SOCKET_MARGIN = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final Duration limit;

    public LongStatements(JdbcTemplate jdbc, Duration limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    /** Must be called inside a transaction: outside one {@code SET LOCAL} has no effect. */
    public void allowInThisTransaction() {
        jdbc.execute("SET LOCAL statement_timeout = " + limit.toMillis());
        int socketMillis =
                (int) Math.min(Integer.MAX_VALUE, limit.plus(SOCKET_MARGIN).toMillis());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.setNetworkTimeout(Runnable::run, socketMillis);
            return null;
        });
    }

    public Duration limit() {
        return limit;
    }
}
