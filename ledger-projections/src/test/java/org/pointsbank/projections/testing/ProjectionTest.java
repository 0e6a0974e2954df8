package org.pointsbank.projections.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A read model's test: the real schema in the run's one embedded PostgreSQL, emptied before each test, the
 * code under test connected as the service's role, and events handed to the projection through Axon's own
 * annotated-handler adapter in Axon's own units of work: a streaming processor's batch (one transaction with
 * its writes flushed at prepare-commit) or a subscribing processor's recording transaction.
 */
@ExtendWith(TestDatabase.class)
public abstract class ProjectionTest {

    protected JdbcTemplate jdbc;
    protected PlatformTransactionManager transactions;
    protected TransactionManager axonTransactions;
    protected LongStatements longStatements;
    protected RecordingParking parking;
    protected ProjectionWrites writes;
    protected EventLog log;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase database = TestDatabase.running();
        database.owner().execute("""
                DO $$ DECLARE tables TEXT;
                BEGIN
                    SELECT string_agg(quote_ident(tablename), ', ') INTO tables
                      FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history';
                    EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY';
                END $$""");
        jdbc = new JdbcTemplate(database.app());
        transactions = new DataSourceTransactionManager(database.app());
        axonTransactions = new SpringTransactionManager(transactions);
        longStatements = new LongStatements(jdbc, Duration.ofMinutes(10));
        parking = new RecordingParking();
        writes = new ProjectionWrites(jdbc, transactions, parking);
        log = new EventLog(jdbc);
    }

    /** {@code payload} as event {@code sequence} of the aggregate {@code type} {@code id}. */
    protected static <T> DomainEventMessage<T> event(String type, String id, long sequence, T payload) {
        return new GenericDomainEventMessage<>(type, id, sequence, payload, Map.of());
    }

    /** The schema owner, who may change anything: what someone with access to the database could do. */
    protected JdbcTemplate owner() {
        return TestDatabase.running().owner();
    }

    /** Hands {@code events} to {@code projection} in one batch of a streaming processor, as Axon runs it. */
    protected void inOneBatch(Object projection, List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(events));
        unitOfWork.attachTransaction(axonTransactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new AssertionError("the batch failed", result.exceptionResult());
        }
    }

    protected void inOneBatch(Object projection, EventMessage<?>... events) {
        inOneBatch(projection, List.of(events));
    }

    /** Hands each event to {@code projection} inside a transaction of its own, as a subscribing processor does. */
    protected void recorded(Object projection, EventMessage<?>... events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (EventMessage<?> event : events) {
            DefaultUnitOfWork<EventMessage<?>> unitOfWork = new DefaultUnitOfWork<>(event);
            unitOfWork.attachTransaction(axonTransactions);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> handlers.handle(event));
            if (result.isExceptional()) {
                throw new AssertionError("handling failed", result.exceptionResult());
            }
        }
    }
}
