package org.pointsbank.api.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Storage and serialisation: events, snapshots and tracking tokens in PostgreSQL through Axon's JDBC engine, in
 * snake_case tables that Flyway creates, everything stored written by one Jackson mapper. Axon's JDBC components
 * take their connections from Spring's transaction ({@link #connectionProvider(DataSource)}). The rest of the storage
 * wiring is Axon's auto-configuration over Spring's {@code DataSource}: the Spring transaction manager (a command's
 * events and the subscribing read models commit together), the JDBC token store (with {@link #tokenSchema()}) and the
 * persistence exception resolver.
 *
 * <p>The storage engine is built as the auto-configuration builds it, with two settings of our own:
 * <ul>
 *   <li>{@code batchSize} 1,000 (default 100): a streaming processor reads the log a batch per query; replaying
 *       a projection made ten times as many round trips as it needed.</li>
 *   <li>{@code gapTimeout} 10 minutes (default 1): a global index that is not visible yet (its transaction has
 *       not committed) is remembered as a gap only while the event after it is younger than this, measured by
 *       that event's timestamp, which is taken before its own commit. With one minute, a transaction held
 *       open that long behind a slow neighbour (a pause, a lock) could commit after its gap was forgotten, and
 *       the streaming read models would never see it (AxonFramework issue 4829). Ten minutes is far beyond any
 *       transaction this service means to run (a credit takes milliseconds, closing a month seconds); the
 *       price is a few more remembered gaps from inserts that rolled back.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EventStorageConfig {

    static final int READ_BATCH_SIZE = 1_000;
    static final int GAP_TIMEOUT_MILLIS = 10 * 60 * 1_000;

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

    /** Axon's general serializer: snapshots, tracking tokens, dead letters. */
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

    /**
     * Axon's JDBC components (event store, token store, dead-letter queues) use the connection of Spring's current
     * transaction, and only Spring commits or rolls it back. Not Axon's default, which wraps this provider in a
     * {@code UnitOfWorkAwareConnectionProviderWrapper}: that wrapper keeps the connection on the root unit of work
     * but registers its commit and rollback handlers on the unit of work current when the connection is first asked
     * for, and its rollback calls {@code Connection.rollback()} on Spring's connection (the Spring provider guards
     * only {@code commit} and {@code close}). So when the first event-store read of a request happened inside a nested
     * command's unit of work (loading an aggregate that is not cached, or does not exist) and that command failed and
     * was caught, the whole transaction so far was rolled back under Spring's feet (the request's idempotency record
     * with it) while the statements after it ran on in a new transaction that Spring then committed
     * ({@code NestedCommandFailureIT}). Every unit of work here that touches the database has a Spring transaction
     * (the command bus, the processors, the snapshotter, {@code IdempotentRequests}, {@code ActivityCredits}), so the
     * wrapper has nothing left to do.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
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
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(READ_BATCH_SIZE)
                .gapTimeout(GAP_TIMEOUT_MILLIS)
                .build();
    }
}
