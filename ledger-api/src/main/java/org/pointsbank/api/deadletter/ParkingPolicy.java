package org.pointsbank.api.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.pointsbank.projections.support.Failures;
import org.pointsbank.projections.support.ProjectionWrites;

/**
 * What Axon's dead-lettering invoker does when a read model's handler throws, or a parked event fails again.
 * A failure of the database (connection, deadlock, timeout) is rethrown: the batch is retried in place, as
 * before, since the event is not at fault. Anything else parks the event, after dropping the rows its handler
 * had already queued for this batch (and parking ahead of it the events of its card queued earlier in the batch), and counts the attempt in the letter's diagnostics.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    private final String processingGroup;
    private final ProjectionWrites writes;

    ParkingPolicy(String processingGroup, ProjectionWrites writes) {
        this.processingGroup = processingGroup;
        this.writes = writes;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (Failures.isTransient(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        writes.failed(processingGroup, letter.message(), cause);
        return Decisions.<EventMessage<?>>enqueue(Causes.of(cause), ParkingPolicy::counted);
    }

    static MetaData counted(DeadLetter<? extends EventMessage<?>> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        long previous = attempts instanceof Number n ? n.longValue() : 0;
        return letter.diagnostics().and(ATTEMPTS, previous + 1);
    }
}
