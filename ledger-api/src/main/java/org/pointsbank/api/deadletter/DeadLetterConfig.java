package org.pointsbank.api.deadletter;

import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.pointsbank.projections.activity.ActivityProjection;
import org.pointsbank.projections.audit.AuditTrailProjection;
import org.pointsbank.projections.balance.CardBalanceProjection;
import org.pointsbank.projections.category.ReportCategoryProjection;
import org.pointsbank.projections.certificate.CertificateProjection;
import org.pointsbank.projections.grid.GridCellProjection;
import org.pointsbank.projections.ranking.RankingProjection;
import org.pointsbank.projections.reading.ReadingSessionProjection;
import org.pointsbank.projections.report.ProblemReportProjection;
import org.pointsbank.projections.statement.StatementProjection;
import org.pointsbank.projections.support.ProjectionWrites;
import org.pointsbank.projections.support.RetryWrites;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's dead-letter queue for every streaming read model (ADR 7): an event a read model cannot take is
 * parked in {@code dead_letter_entry} with the later events of its card behind it, and the read model flows
 * on. The subscribing read models get none: they run in the command's transaction, where a failing handler
 * now refuses the command (Axon's default handler would log it and let the command commit without the
 * write); the redemption process keeps retrying in place (ADR 6).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfig {

    /** The processing groups whose events can be parked. */
    public static final List<String> READ_MODELS = List.of(
            AuditTrailProjection.NAME,
            CardBalanceProjection.NAME,
            RankingProjection.NAME,
            StatementProjection.NAME,
            ActivityProjection.NAME,
            ReadingSessionProjection.NAME,
            GridCellProjection.NAME,
            ReportCategoryProjection.NAME,
            ProblemReportProjection.NAME,
            CertificateProjection.NAME);

    /**
     * A card can collect many events behind a parked one before someone retries it, and every card can be
     * parked by a bad deployment: Axon's defaults (1,024 each) would then stop the processor again.
     */
    static final int MAX_SEQUENCES = 1_000_000;

    static final int MAX_SEQUENCE_SIZE = 1_000_000;

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    ConfigurerModule deadLetterQueues(
            DeadLetterSchema schema,
            ConnectionProvider connections,
            TransactionManager transactions,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            JdbcTemplate jdbc,
            ProjectionWrites writes,
            RetryWrites retryWrites) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            // Every handler's failure propagates. The subscribing projections write in the request's own transaction:
            // with Axon's default (log and go on) PostgreSQL has already aborted it, its COMMIT silently rolls back and
            // the client is told 201 for entries never recorded (seen with a lock_timeout on the hash chain's lock).
            // The streaming read models below are wrapped by the dead-lettering invoker, which parks instead.
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            for (String group : READ_MODELS) {
                processing
                        .registerDeadLetterQueue(
                                group,
                                c -> new ParkedSequences(
                                        group,
                                        JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                                .processingGroup(group)
                                                .connectionProvider(connections)
                                                .transactionManager(transactions)
                                                .schema(schema)
                                                .genericSerializer(serializer)
                                                .eventSerializer(eventSerializer)
                                                .maxSequences(MAX_SEQUENCES)
                                                .maxSequenceSize(MAX_SEQUENCE_SIZE)
                                                .build(),
                                        jdbc))
                        .registerDeadLetterPolicy(group, c -> new ParkingPolicy(group, writes))
                        // a rebuild replays the log and parks what still fails again: the old letters must go
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                group, (c, builder) -> builder.allowReset(true))
                        .registerHandlerInterceptor(group, c -> retryWrites);
            }
        };
    }
}
