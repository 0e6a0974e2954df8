package org.pointsbank.api.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.pointsbank.api.http.WriteConflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a ledger-changing request's unit of work again when it lost a race ({@link WriteConflicts}): most often
 * another instance appended to one of its aggregates between this instance's look at the log and its own append.
 * The failed attempt's transaction is rolled back and its aggregates are out of the cache (Axon drops an aggregate
 * from the cache when the unit of work that loaded or saved it rolls back), so the next attempt starts afresh: a new
 * transaction, the idempotency key claimed again, the aggregates loaded from the store. At most {@value #RETRIES}
 * retries after a small random pause; then the conflict is reported ({@link ConcurrencyException}: 409
 * {@code CONCURRENT_MODIFICATION} with Retry-After). Each retry is counted in {@value #METER}{reason}.
 */
@Component
public class ConflictRetries {

    static final String METER = "pointsbank.commands.retried";
    static final int RETRIES = 3;

    /** The pause before retry n is random, up to n times this, so that two racing instances fall apart. */
    static final Duration PAUSE_STEP = Duration.ofMillis(20);

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetries.class);

    private final MeterRegistry meters;

    public ConflictRetries(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * {@code attempt}'s answer, attempted again while it fails with a conflict. Inside a unit of work already under
     * way (whose transaction the attempt shares) nothing is retried: the conflict is the enclosing work's to handle.
     */
    public <T> T run(Supplier<T> attempt) {
        if (CurrentUnitOfWork.isStarted()) {
            return attempt.get();
        }
        for (int retry = 1; ; retry++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                Optional<String> conflict = WriteConflicts.of(failure);
                if (conflict.isEmpty()) {
                    throw failure;
                }
                if (retry > RETRIES) {
                    LOG.warn("still conflicting after {} retries: {}", RETRIES, failure.toString());
                    throw failure instanceof ConcurrencyException concurrency
                            ? concurrency
                            : new ConcurrencyException(
                                    "lost a race for the same aggregate " + RETRIES + " times", failure);
                }
                counter(conflict.get()).increment();
                LOG.debug("conflict ({}), retry {} of {}: {}", conflict.get(), retry, RETRIES, failure.toString());
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, PAUSE_STEP.toNanos() * retry));
            }
        }
    }

    private Counter counter(String reason) {
        return Counter.builder(METER)
                .description("Ledger-changing requests run again after losing a race (reason: sequence, aborted)")
                .tag("reason", reason)
                .register(meters);
    }
}
