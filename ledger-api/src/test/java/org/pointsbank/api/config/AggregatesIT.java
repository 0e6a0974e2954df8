package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The one list of aggregates drives everything: Axon knows exactly the aggregates of {@link AggregatesConfig#AGGREGATES},
 * and every aggregate it knows, however it was registered, has a repository that caches it in its own view of the
 * shared cache, snapshots it by the proportional trigger, filters other types' streams out, and a factory the
 * snapshotter finds. Axon exposes none of a repository's settings, so the test reads the repository's fields: an
 * Axon upgrade that renames them fails this test, it cannot make it pass.
 */
class AggregatesIT extends IntegrationTest {

    @Autowired
    org.axonframework.config.Configuration axon;

    @Autowired
    AggregateCache aggregateCache;

    @Autowired
    Snapshotter snapshotter;

    private List<AggregateConfiguration<?>> registered() {
        @SuppressWarnings("unchecked")
        List<AggregateConfiguration<?>> modules =
                (List<AggregateConfiguration<?>>) (List<?>) axon.findModules(AggregateConfiguration.class);
        return modules;
    }

    @Test
    void axonKnowsExactlyTheAggregatesOfTheList() {
        List<Class<?>> types = registered().stream()
                .<Class<?>>map(AggregateConfiguration::aggregateType)
                .toList();
        assertThat(types).containsExactlyInAnyOrderElementsOf(AggregatesConfig.AGGREGATES);
    }

    @Test
    void everyRegisteredAggregateIsCachedInItsOwnViewAndSnapshottedProportionally() {
        assertThat(registered()).isNotEmpty().allSatisfy(aggregate -> {
            Class<?> type = aggregate.aggregateType();
            Repository<?> repository = aggregate.repository();
            assertThat(repository).as(type.getSimpleName()).isInstanceOf(CachingEventSourcingRepository.class);
            assertThat(ReflectionTestUtils.getField(repository, CachingEventSourcingRepository.class, "cache"))
                    .as(type.getSimpleName() + "'s cache")
                    .isSameAs(aggregateCache.of(type));
            assertThat(ReflectionTestUtils.getField(
                            repository, EventSourcingRepository.class, "snapshotTriggerDefinition"))
                    .as(type.getSimpleName() + "'s snapshot trigger")
                    .isInstanceOf(ProportionalSnapshotTriggerDefinition.class);
            assertThat(ReflectionTestUtils.getField(repository, EventSourcingRepository.class, "eventStreamFilter"))
                    .as(type.getSimpleName() + " filters other types' events out")
                    .isNotNull();
        });
    }

    @Test
    void theSnapshotterFindsTheFactoryOfEveryRegisteredAggregate() {
        assertThat(snapshotter).isInstanceOf(ConfiguredAggregateSnapshotter.class);
        assertThat(registered())
                .allSatisfy(aggregate -> assertThat(((ConfiguredAggregateSnapshotter) snapshotter)
                                .getAggregateFactory(aggregate.aggregateType()))
                        .as(aggregate.aggregateType().getSimpleName())
                        .isSameAs(aggregate.aggregateFactory()));
    }
}
