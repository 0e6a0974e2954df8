package org.pointsbank.api.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC storage engine as its auto-configuration builds it, with two settings of our own.
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

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema) {
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
