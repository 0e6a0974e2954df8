package org.pointsbank.api.config;

import java.util.function.Supplier;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;

/**
 * Hands Spring's snapshotter the aggregate factory Axon built for an aggregate registered in a
 * {@code ConfigurerModule}: that one resolves the handlers' injected parameters (calendar,
 * policy), a factory built from scratch cannot.
 */
final class ConfiguredAggregateFactory<T> implements AggregateFactory<T> {

    private final Class<T> type;
    private final Supplier<Configuration> axon;

    ConfiguredAggregateFactory(Class<T> type, Supplier<Configuration> axon) {
        this.type = type;
        this.axon = axon;
    }

    @Override
    public T createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
        return axon.get().aggregateConfiguration(type).aggregateFactory()
                .createAggregateRoot(aggregateIdentifier, firstEvent);
    }

    @Override
    public Class<T> getAggregateType() {
        return type;
    }
}
