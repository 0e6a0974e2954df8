package org.pointsbank.api.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.pointsbank.api.redemption.RedemptionProcess;
import org.pointsbank.api.http.CommandMetadata;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.gift.Gift;
import org.pointsbank.core.period.Period;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicy;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.redemption.Redemption;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.station.Station;
import org.pointsbank.projections.period.PeriodRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon without Axon Server: events in PostgreSQL through the JDBC storage engine, snake_case
 * tables created by Flyway, Jackson for everything stored, aggregates registered here so the
 * core stays free of Spring.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /** A long history is snapshotted again after a quarter of it has been added (see the trigger). */
    private static final int SNAPSHOT_HISTORY_DIVISOR = 4;

    /**
     * The one ObjectMapper for stored events, snapshots and tokens. It is deliberately not
     * Spring's web ObjectMapper: a change to the web's JSON must never change the stored format.
     */
    static ObjectMapper storageObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // Old events must stay readable when a later version adds fields.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(storageObjectMapper()).build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    Clock clock(PointsBankProperties properties) {
        return Clock.system(properties.zone());
    }

    /** Injected into command handlers as a parameter. */
    @Bean
    LedgerCalendar ledgerCalendar(Clock clock, PointsBankProperties properties) {
        return new LedgerCalendar(clock, properties.maxBackdatingDays());
    }

    /** Injected into command handlers as a parameter: the policy new credits are granted under. */
    @Bean
    PointsPolicy pointsPolicy() {
        return new PointsPolicyV1();
    }

    /**
     * Injected into card command handlers: whether the month of an entry is closed, asked in the command's
     * transaction under the month's shared lock (see {@code period_is_closed} in the migrations).
     */
    @Bean
    PeriodGate periodGate(PeriodRepository periods) {
        return month -> periods.isClosed(month.toString());
    }

    /** Who caused it, in reply to which request: copied from each command onto its events. */
    @Bean
    CorrelationDataProvider commandMetadataProvider() {
        return new SimpleCorrelationDataProvider(CommandMetadata.KEYS.toArray(String[]::new));
    }

    @Bean
    AggregateCache aggregateCache(PointsBankProperties properties) {
        return new AggregateCache(properties.aggregateCacheSize(), Duration.ofHours(1));
    }

    /** The snapshotter finds aggregates registered outside Spring's stereotypes through these. */
    @Bean
    AggregateFactory<RewardCard> rewardCardFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(RewardCard.class, axon::getObject);
    }

    @Bean
    AggregateFactory<Gift> giftFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(Gift.class, axon::getObject);
    }

    @Bean
    AggregateFactory<Period> periodFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(Period.class, axon::getObject);
    }

    @Bean
    AggregateFactory<Redemption> redemptionFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(Redemption.class, axon::getObject);
    }

    /**
     * A step of the redemption process that fails is not logged and skipped (Axon's default for event
     * handlers): the processor rolls the batch back and retries it, so no reservation is left hanging.
     */
    @Bean
    ConfigurerModule redemptionProcessRetries() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                RedemptionProcess.NAME, c -> PropagatingErrorHandler.instance());
    }

    @Bean
    AggregateFactory<Station> stationFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(Station.class, axon::getObject);
    }

    @Bean
    ConfigurerModule aggregates(PointsBankProperties properties, AggregateCache aggregateCache) {
        return configurer -> {
            for (Class<?> type : List.of(RewardCard.class, Station.class, Period.class, Gift.class,
                    Redemption.class)) {
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
