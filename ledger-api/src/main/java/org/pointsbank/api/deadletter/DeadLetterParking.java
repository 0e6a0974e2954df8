package org.pointsbank.api.deadletter;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.pointsbank.projections.support.Parking;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Parks a read model's events in its processing group's dead-letter queue, under the sequence identifier the
 * processor's sequencing policy gives (as Axon's invoker does), so that Axon parks the card's later events
 * behind them.
 */
@Component
class DeadLetterParking implements Parking {

    private final ObjectProvider<EventProcessingConfiguration> processing;

    DeadLetterParking(ObjectProvider<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    @Override
    public Object sequenceOf(String processingGroup, EventMessage<?> event) {
        Object sequence =
                processing.getObject().sequencingPolicy(processingGroup).getSequenceIdentifierFor(event);
        return sequence == null ? event.getIdentifier() : sequence;
    }

    @Override
    public void park(String processingGroup, List<EventMessage<?>> events, Throwable cause) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing
                .getObject()
                .deadLetterQueue(processingGroup)
                .orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + processingGroup));
        for (EventMessage<?> event : events) {
            Object sequence = sequenceOf(processingGroup, event);
            Instant now = GenericDeadLetter.clock.instant();
            queue.enqueue(
                    sequence,
                    new GenericDeadLetter<EventMessage<?>>(
                            sequence, event, Causes.of(cause), now, now, MetaData.with(ParkingPolicy.ATTEMPTS, 1L)));
        }
    }
}
