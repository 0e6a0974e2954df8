package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

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
}
