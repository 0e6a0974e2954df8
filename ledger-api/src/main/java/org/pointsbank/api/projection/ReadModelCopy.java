package org.pointsbank.api.projection;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh instance of a read model's projection writing into its copy tables, fed the log from the start by its own
 * tracking token (gap-aware: an event that commits late, behind a later one, is read when it appears) in batches as
 * the live processor takes them: one transaction a batch, the projection's batched writes flushed at its end. A
 * handler that throws, or writes that fail, park their event ({@link CopyParking}) as the live processor would.
 */
final class ReadModelCopy {

    static final int BATCH_SIZE = 1_000;

    private final String name;
    private final EventStorageEngine events;
    private final CopyTables tables;
    private final TransactionTemplate transactions;
    private final CopyParking parking;
    private final ProjectionWrites writes;
    private final AnnotationEventHandlerAdapter handlers;
    private final boolean parks;
    private TrackingToken token;
    private volatile long position;
    private volatile long handled;

    ReadModelCopy(
            String name,
            Class<?> projection,
            EventStorageEngine events,
            CopyTables tables,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            LongStatements longStatements,
            CopyParking parking,
            boolean parks) {
        this.name = name;
        this.parks = parks;
        this.events = events;
        this.tables = tables;
        this.transactions = new TransactionTemplate(transactionManager);
        this.parking = parking;
        this.writes = new ProjectionWrites(jdbc, transactionManager, parking);
        this.handlers = new AnnotationEventHandlerAdapter(instantiate(projection, jdbc, writes, longStatements));
    }

    /** Applies the next batch of the log in a transaction of its own; false when there was none. */
    boolean nextBatch() {
        Boolean applied = transactions.execute(status -> {
            tables.useCopies();
            return applyNextBatch();
        });
        return Boolean.TRUE.equals(applied);
    }

    /** Applies the next batch in the caller's transaction (the swap's); false when there was none. */
    boolean applyNextBatch() {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH_SIZE);
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(token, true)) {
            stream.limit(BATCH_SIZE).forEach(batch::add);
        }
        if (batch.isEmpty()) {
            return false;
        }
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException(name + ": a copy batch failed", result.exceptionResult());
        }
        TrackedEventMessage<?> last = batch.get(batch.size() - 1);
        token = last.trackingToken();
        position = token.position().orElse(position);
        handled += batch.size();
        return true;
    }

    private Object handle(EventMessage<?> event) throws Exception {
        if (!handlers.canHandle(event)) {
            return null;
        }
        if (parking.isParked(name, event)) {
            parking.park(name, List.of(event), new IllegalStateException("parked behind an earlier event"));
            return null;
        }
        try {
            return handlers.handle(event);
        } catch (Exception | LinkageError failure) {
            if (!parks) {
                throw failure; // a read model without a dead-letter queue: the rebuild fails, the live one stays
            }
            writes.failed(name, event, failure);
            parking.park(name, List.of(event), failure);
            return null;
        }
    }

    /** Where the copy stands now, to go back to when the transaction that moved it on rolls back. */
    Mark mark() {
        return new Mark(token, position, handled, parking.parkings());
    }

    /** Back to {@code mark}: the batches applied since were rolled back with their transaction. */
    void reset(Mark mark) {
        token = mark.token();
        position = mark.position();
        handled = mark.handled();
        parking.forgetAfter(mark.parkings());
    }

    /** The copy's position, its count of events handled and of parkings, at one moment. */
    record Mark(TrackingToken token, long position, long handled, int parkings) {}

    TrackingToken token() {
        return token;
    }

    long position() {
        return position;
    }

    long handled() {
        return handled;
    }

    CopyParking parking() {
        return parking;
    }

    /** The projection's own class, given the copy's JDBC, batched writes and long-statement limit. */
    private static Object instantiate(
            Class<?> projection, JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        Constructor<?>[] constructors = projection.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(projection + " must have exactly one public constructor to be rebuilt");
        }
        Class<?>[] types = constructors[0].getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == JdbcTemplate.class) {
                arguments[i] = jdbc;
            } else if (types[i] == ProjectionWrites.class) {
                arguments[i] = writes;
            } else if (types[i] == LongStatements.class) {
                arguments[i] = longStatements;
            } else {
                throw new IllegalStateException(projection + " takes a " + types[i] + ": a copy cannot be made");
            }
        }
        try {
            return constructors[0].newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not make a copy of " + projection, e);
        }
    }
}
