package org.pointsbank.api.config;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots are taken on one background thread, not on the request thread that crossed the threshold: Axon's
 * default runs the snapshot after the command's commit but before its answer, so the credit that happened to
 * be the hundredth waited for the whole aggregate to be loaded and serialised. A snapshot is an optimisation:
 * when the queue is full one is skipped and the next threshold schedules it again.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfig {

    private static final Logger log = LoggerFactory.getLogger(SnapshotConfig.class);
    private static final int QUEUED_SNAPSHOTS = 1024;

    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor snapshotExecutor() {
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_SNAPSHOTS),
                runnable -> {
                    Thread thread = new Thread(runnable, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                },
                (runnable, executor) -> log.warn(
                        "snapshot queue full ({} waiting): a snapshot is skipped and "
                                + "will be taken at the aggregate's next threshold",
                        QUEUED_SNAPSHOTS));
    }

    /** As Axon's auto-configured snapshotter, with the background executor and Axon's aggregate factories. */
    @Bean
    AggregateSnapshotter snapshotter(
            org.axonframework.config.Configuration axon,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            ThreadPoolExecutor snapshotExecutor) {
        return new ConfiguredAggregateSnapshotter(
                AggregateSnapshotter.builder()
                        .repositoryProvider(axon::repository)
                        .transactionManager(transactionManager)
                        .eventStore(eventStore)
                        .parameterResolverFactory(parameterResolverFactory)
                        .handlerDefinition(handlerDefinition)
                        .spanFactory(spanFactory)
                        .executor(snapshotExecutor),
                axon);
    }
}
