package org.pointsbank.projections.testing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.pointsbank.projections.support.Parking;

/**
 * Parks into a list instead of Axon's dead-letter queue (the service's {@code Parking} lives in ledger-api),
 * one sequence per aggregate as the processors' default sequencing policy does. Lists {@code card#sequence}.
 */
public final class RecordingParking implements Parking {

    private final List<String> parked = new ArrayList<>();

    @Override
    public Object sequenceOf(String processingGroup, EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : event.getIdentifier();
    }

    @Override
    public void park(String processingGroup, List<EventMessage<?>> events, Throwable cause) {
        events.forEach(e -> parked.add(((DomainEventMessage<?>) e).getAggregateIdentifier() + "#"
                + ((DomainEventMessage<?>) e).getSequenceNumber()));
    }

    public List<String> parked() {
        return List.copyOf(parked);
    }
}
