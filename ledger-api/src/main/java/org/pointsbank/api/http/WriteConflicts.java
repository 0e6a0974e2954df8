package org.pointsbank.api.http;

import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Tells a request that lost a race for an aggregate, or for rows, to another transaction (most often another instance
 * of the service) from one that failed: run again from the start, in a new transaction, it may well succeed. The
 * event log's unique (aggregate_identifier, sequence_number) key refuses the second append at one sequence number;
 * Axon reports it as a {@link ConcurrencyException}, an {@link AggregateStreamCreationException}, or, when it cannot
 * classify the driver's batch failure, as an {@code EventStoreException} wrapping the unique violation (SQLSTATE
 * 23505 on {@code domain_event_entry}). The violated key is read from the server's error report (its constraint
 * field, by name) when the driver gives one; only a failure without it (another driver, a wrapped copy) is judged by
 * the key's name in the message text. PostgreSQL's deadlock (40P01) and serialization failure (40001) are the same
 * kind of loss.
 */
public final class WriteConflicts {

    /** A lost race on the event log's sequence numbers. */
    public static final String SEQUENCE = "sequence";

    /** A transaction PostgreSQL chose to abort: a deadlock or a serialization failure. */
    public static final String ABORTED = "aborted";

    private static final String EVENT_SEQUENCE_KEY = "domain_event_entry_aggregate_sequence_key";

    private WriteConflicts() {}

    /** The conflict {@code failure} reports ({@link #SEQUENCE} or {@link #ABORTED}), or none. */
    public static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return Optional.of(SEQUENCE);
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    Optional<String> reason = of(next);
                    if (reason.isPresent()) {
                        return reason;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> of(SQLException sql) {
        String state = sql.getSQLState();
        if ("40P01".equals(state) || "40001".equals(state)) {
            return Optional.of(ABORTED);
        }
        if ("23505".equals(state) && violates(sql, EVENT_SEQUENCE_KEY)) {
            return Optional.of(SEQUENCE);
        }
        return Optional.empty();
    }

    /** Whether the unique violation {@code sql} is on {@code key}: the server's own field, else the message text. */
    private static boolean violates(SQLException sql, String key) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getConstraint() != null) {
                return key.equals(server.getConstraint());
            }
        }
        return String.valueOf(sql.getMessage()).contains(key);
    }

    /** As {@link #of(Throwable)}: whether {@code failure} is such a conflict. */
    public static boolean any(Throwable failure) {
        return of(failure).isPresent();
    }
}
