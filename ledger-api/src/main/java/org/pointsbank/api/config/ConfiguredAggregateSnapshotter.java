package org.pointsbank.api.config;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;

/**
 * Axon's snapshotter, taking each aggregate's factory from Axon's configuration: the factory built for an
 * aggregate registered in a {@code ConfigurerModule} resolves the handlers' injected parameters (calendar,
 * policy), and every registered aggregate has one, so no aggregate needs a factory of its own to be snapshotted.
 * (Spring's snapshotter looks for factory beans instead, and fails with "Aggregate Type is unknown" without one.)
 */
final class ConfiguredAggregateSnapshotter extends AggregateSnapshotter {

    private final Configuration axon;

    ConfiguredAggregateSnapshotter(Builder builder, Configuration axon) {
        super(builder);
        this.axon = axon;
    }

    @Override
    protected AggregateFactory<?> getAggregateFactory(Class<?> aggregateType) {
        return axon.aggregateConfiguration(aggregateType).aggregateFactory();
    }
}
