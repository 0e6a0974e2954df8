package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A race lost on the event log (or aborted by PostgreSQL) is a conflict to retry; other failures are not. */
class WriteConflictsTest {

    @Test
    void theUniqueViolationOfTheEventSequenceInsideAFailedBatchIsASequenceConflict() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"domain_event_entry_aggregate_sequence_key\"",
                "23505"));
        EventStoreException axon =
                new EventStoreException("An event for aggregate [c] at sequence [2] was already" + " inserted", batch);

        assertThat(WriteConflicts.of(axon)).contains(WriteConflicts.SEQUENCE);
    }

    @Test
    void axonsOwnConflictsAreSequenceConflicts() {
        assertThat(WriteConflicts.of(new ConcurrencyException("taken"))).contains(WriteConflicts.SEQUENCE);
        assertThat(WriteConflicts.of(new IllegalStateException(new AggregateStreamCreationException("taken"))))
                .contains(WriteConflicts.SEQUENCE);
    }

    @Test
    void aDeadlockOrASerializationFailureIsAnAbortedTransaction() {
        assertThat(WriteConflicts.of(new RuntimeException(new SQLException("deadlock detected", "40P01"))))
                .contains(WriteConflicts.ABORTED);
        assertThat(WriteConflicts.of(new RuntimeException(new SQLException("could not serialize", "40001"))))
                .contains(WriteConflicts.ABORTED);
    }

    @Test
    void otherFailuresAreNoConflict() {
        SQLException otherKey = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"idempotency_record_pkey\"", "23505");
        assertThat(WriteConflicts.of(new EventStoreException("could not be persisted", otherKey)))
                .isEmpty();
        assertThat(WriteConflicts.of(new RuntimeException(new SQLException("gone", "57P01"))))
                .isEmpty();
        assertThat(WriteConflicts.any(new IllegalArgumentException("a bug"))).isFalse();
    }

    @Test
    void theServersConstraintFieldDecidesWhateverTheMessageTextSays() {
        // A server with lc_messages in another language words the message its own way; the constraint field stays.
        PSQLException translated =
                violation("23505", "doppelter Schlüsselwert", "domain_event_entry_aggregate_sequence_key");
        assertThat(WriteConflicts.of(new EventStoreException("could not be persisted", translated)))
                .contains(WriteConflicts.SEQUENCE);

        // Another key whose message happens to quote the event key's name (in a value, say) is no conflict.
        PSQLException otherKey = violation(
                "23505", "duplicate key (domain_event_entry_aggregate_sequence_key) exists", "idempotency_record_pkey");
        assertThat(WriteConflicts.of(new EventStoreException("could not be persisted", otherKey)))
                .isEmpty();
    }

    @Test
    void withoutAConstraintFieldTheMessageTextStillDecides() {
        PSQLException noField = violation(
                "23505",
                "duplicate key value violates unique constraint \"domain_event_entry_aggregate_sequence_key\"",
                null);
        assertThat(WriteConflicts.of(new RuntimeException(noField))).contains(WriteConflicts.SEQUENCE);
    }

    /** A driver exception as PostgreSQL reports it: fields separated by NUL, each after its one-letter code. */
    private static PSQLException violation(String state, String message, String constraint) {
        String fields =
                "SERROR\0C" + state + "\0M" + message + "\0" + (constraint == null ? "" : "n" + constraint + "\0");
        return new PSQLException(new ServerErrorMessage(fields));
    }
}
