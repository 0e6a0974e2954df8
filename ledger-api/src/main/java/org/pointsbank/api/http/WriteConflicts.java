package org.pointsbank.api.http;

import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Tells a request that lost a race for an aggregate, or for rows, to another transaction (most often another instance
 * of the service) from one that failed: run again from the start, in a new transaction, it may well succeed. The
 * event log's unique (aggregate_identifier, sequence_number) key refuses the second append at one sequence number;
 * Axon reports it as a {@link ConcurrencyException}, an {@link AggregateStreamCreationException}, or, when it cannot
 * classify the driver's batch failure, as an {@code EventStoreException} wrapping the unique violation (SQLSTATE
 * 23505 on {@code domain_event_entry}). PostgreSQL's deadlock (40P01) and serialization failure (40001) are the
 * same kind of loss.
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
        if ("23505".equals(state) && String.valueOf(sql.getMessage()).contains(EVENT_SEQUENCE_KEY)) {
            return Optional.of(SEQUENCE);
        }
        return Optional.empty();
    }

    /** As {@link #of(Throwable)}: whether {@code failure} is such a conflict. */
    public static boolean any(Throwable failure) {
        return of(failure).isPresent();
    }
}
