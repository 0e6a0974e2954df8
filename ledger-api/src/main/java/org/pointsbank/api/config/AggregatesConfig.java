package org.pointsbank.api.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.pointsbank.core.activity.Activity;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.category.ReportCategory;
import org.pointsbank.core.certificate.Certificate;
import org.pointsbank.core.certificate.CertificateRegister;
import org.pointsbank.core.gift.Gift;
import org.pointsbank.core.grid.GridCell;
import org.pointsbank.core.period.Period;
import org.pointsbank.core.redemption.Redemption;
import org.pointsbank.core.report.ProblemReport;
import org.pointsbank.core.station.Station;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event-sourced aggregates of the ledger, registered with Axon here so that the core stays free of Spring.
 * {@link #AGGREGATES} is the one list: each aggregate in it gets its repository, its view of the shared
 * {@link AggregateCache} and its snapshots, and the snapshotter finds its factory in Axon's configuration
 * ({@link ConfiguredAggregateSnapshotter}). Adding an aggregate is adding it to the list.
 */
@Configuration(proxyBeanMethods = false)
class AggregatesConfig {

    /** Every event-sourced aggregate of the ledger. */
    static final List<Class<?>> AGGREGATES = List.of(
            RewardCard.class,
            Station.class,
            Period.class,
            Gift.class,
            Redemption.class,
            Activity.class,
            GridCell.class,
            ReportCategory.class,
            ProblemReport.class,
            CertificateRegister.class,
            Certificate.class);

    /** A long history is snapshotted again after a quarter of it has been added (see the trigger). */
    static final int SNAPSHOT_HISTORY_DIVISOR = 4;

    /** An aggregate not used for this long leaves the cache; the size bound is a setting. */
    static final Duration CACHE_IDLE = Duration.ofHours(1);

    @Bean
    AggregateCache aggregateCache(PointsBankProperties properties, JdbcTemplate jdbc, MeterRegistry meters) {
        return new AggregateCache(
                properties.aggregateCacheSize(),
                properties.aggregateCacheMegabytes() * AggregateCache.BYTES_PER_MEGABYTE,
                CACHE_IDLE,
                new LogFreshness(jdbc, meters));
    }

    @Bean
    ConfigurerModule aggregates(PointsBankProperties properties, AggregateCache aggregateCache) {
        return configurer -> {
            for (Class<?> type : AGGREGATES) {
                // Ids are typed: a card's repository sees neither a gift cached under the card's id nor the
                // events of a gift's stream (they are filtered out by their aggregate type: "not found").
                configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(type)
                        .configureCache(c -> aggregateCache.of(type))
                        .configureFilterEventsByType(c -> true)
                        .configureSnapshotTrigger(c -> new ProportionalSnapshotTriggerDefinition(
                                c.snapshotter(), properties.snapshotThreshold(), SNAPSHOT_HISTORY_DIVISOR)));
            }
        };
    }
}
