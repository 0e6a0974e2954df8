package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** A lost race is run again, a bounded number of times, counted; then reported as a conflict. Nothing else is. */
class ConflictRetriesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConflictRetries retries = new ConflictRetries(meters);
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aConflictIsRetriedUntilTheAttemptSucceeds() {
        String answer = retries.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrencyException("another instance appended first");
            }
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(retried("sequence")).isEqualTo(2.0);
    }

    @Test
    void afterTheBoundedRetriesTheConflictIsReported() {
        RuntimeException aborted = new RuntimeException(new SQLException("deadlock detected", "40P01"));

        assertThatThrownBy(() -> retries.run(() -> {
                    attempts.incrementAndGet();
                    throw aborted;
                }))
                .isInstanceOf(ConcurrencyException.class)
                .hasCause(aborted);
        assertThat(attempts).hasValue(ConflictRetries.RETRIES + 1);
        assertThat(retried("aborted")).isEqualTo(ConflictRetries.RETRIES);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        assertThatThrownBy(() -> retries.run(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("a refusal or a bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
        assertThat(meters.find(ConflictRetries.METER).counter()).isNull();
    }

    @Test
    void insideAUnitOfWorkAlreadyUnderWayNothingIsRetried() {
        DefaultUnitOfWork<?> enclosing = DefaultUnitOfWork.startAndGet(new GenericMessage<>("enclosing"));
        try {
            assertThatThrownBy(() -> retries.run(() -> {
                        attempts.incrementAndGet();
                        throw new ConcurrencyException("the enclosing work's to handle");
                    }))
                    .isInstanceOf(ConcurrencyException.class);
        } finally {
            enclosing.rollback();
        }
        assertThat(attempts).hasValue(1);
    }

    private double retried(String reason) {
        return meters.get(ConflictRetries.METER).tag("reason", reason).counter().count();
    }
}
