package org.pointsbank.projections.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The streaming read models' writes: queued per processor batch ({@link BatchWrites}) and written at its end
 * in a savepoint, so that one event a table refuses cannot stop its read model. On such a failure the batch's
 * writes are bisected by sequence (card), each half in a savepoint of its own, down to the sequences that
 * still fail: their events are parked ({@link Parking}), the rest is written. A failure of the database
 * itself ({@link Failures#isTransient}) is no event's fault: it fails the batch, which is retried as before.
 * The fast path costs one savepoint a batch.
 */
@Component
public class ProjectionWrites {

    private static final Logger log = LoggerFactory.getLogger(ProjectionWrites.class);
    private static final String ALL = ProjectionWrites.class.getName() + ".all";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final Parking parking;

    public ProjectionWrites(JdbcTemplate jdbc, PlatformTransactionManager transactions, Parking parking) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.parking = parking;
    }

    /** The writes {@code processingGroup}'s current batch has queued, written by {@code writer}. */
    public <T> BatchWrites<T> batch(String processingGroup, BatchWriter<T> writer) {
        BatchWrites<T> batch = PerBatch.of(
                ProjectionWrites.class.getName() + "." + processingGroup,
                () -> new BatchWrites<>(processingGroup, writer),
                this::flush);
        if (batch.register()) {
            // not inside PerBatch's computation: the unit of work's resources are a plain map
            registry().add(batch);
        }
        return batch;
    }

    /** Drops every write {@code event} queued in the current batch (its handler failed: Axon parks it). */
    public void discard(EventMessage<?> event) {
        if (CurrentUnitOfWork.isStarted()) {
            List<BatchWrites<?>> batches = CurrentUnitOfWork.get().root().getResource(ALL);
            if (batches != null) {
                batches.forEach(b -> b.discard(event));
            }
        }
    }

    /**
     * {@code event}'s handler failed and Axon's invoker is about to park it: drops its writes, and parks ahead of it
     * the events of its sequence (card) this batch has already queued, dropping theirs too. Otherwise they would be
     * written now, or, should their rows fail at the flush, parked behind it, and a retry would apply the card's
     * events out of order (the balance's sequence guard would then drop the earlier one's change for good).
     */
    public void failed(String processingGroup, EventMessage<?> event, Throwable cause) {
        discard(event);
        if (!CurrentUnitOfWork.isStarted() || PerBatch.isRetry(CurrentUnitOfWork.get())) {
            return;
        }
        List<BatchWrites<?>> batches = CurrentUnitOfWork.get().root().getResource(ALL);
        if (batches == null) {
            return;
        }
        Object sequence = parking.sequenceOf(processingGroup, event);
        Map<String, EventMessage<?>> ahead = new LinkedHashMap<>();
        batches.forEach(b -> b.queued().forEach(q -> {
            if (sequence.equals(parking.sequenceOf(processingGroup, q.event()))) {
                ahead.putIfAbsent(q.event().getIdentifier(), q.event());
            }
        }));
        if (ahead.isEmpty()) {
            return;
        }
        List<EventMessage<?>> inOrder = new ArrayList<>(ahead.values());
        inOrder.sort(Comparator.comparingLong(e -> e instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0));
        inOrder.forEach(this::discard);
        log.warn(
                "{}: parking {} earlier event(s) of sequence {} ahead of one whose handler failed: {}",
                processingGroup,
                inOrder.size(),
                sequence,
                cause.toString());
        parking.park(
                processingGroup,
                inOrder,
                new IllegalStateException(
                        "parked ahead of a later event of its sequence whose handler failed: " + cause, cause));
    }

    private List<BatchWrites<?>> registry() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(ALL, k -> new ArrayList<>());
    }

    <T> void flush(BatchWrites<T> batch) {
        if (batch.queued().isEmpty()) {
            return;
        }
        if (PerBatch.isRetry(CurrentUnitOfWork.get())) {
            // a retried letter: RetryWrites has opened the savepoint; a failure fails the letter
            batch.writer().write(jdbc, writes(batch.queued()));
        } else {
            try {
                inSavepoint(batch.writer(), batch.queued());
            } catch (RuntimeException failure) {
                if (Failures.isTransient(failure)) {
                    throw failure;
                }
                bisect(batch, batch.bySequence(parking), failure);
            }
        }
        batch.clear();
    }

    private <T> void bisect(
            BatchWrites<T> batch, List<List<BatchWrites.Queued<T>>> sequences, RuntimeException failure) {
        if (sequences.size() == 1) {
            park(batch.processingGroup(), sequences.get(0), failure);
            return;
        }
        int half = sequences.size() / 2;
        for (List<List<BatchWrites.Queued<T>>> part :
                List.of(sequences.subList(0, half), sequences.subList(half, sequences.size()))) {
            try {
                inSavepoint(batch.writer(), part.stream().flatMap(List::stream).toList());
            } catch (RuntimeException partFailure) {
                if (Failures.isTransient(partFailure)) {
                    throw partFailure;
                }
                bisect(batch, part, partFailure);
            }
        }
    }

    private <T> void park(String processingGroup, List<BatchWrites.Queued<T>> sequence, RuntimeException failure) {
        Set<EventMessage<?>> events = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        sequence.forEach(q -> {
            if (seen.add(q.event().getIdentifier())) {
                events.add(q.event());
            }
        });
        log.warn(
                "{}: parking {} event(s) of sequence {} whose writes fail: {}",
                processingGroup,
                events.size(),
                parking.sequenceOf(processingGroup, sequence.get(0).event()),
                failure.toString());
        parking.park(processingGroup, new ArrayList<>(events), failure);
    }

    private <T> void inSavepoint(BatchWriter<T> writer, List<BatchWrites.Queued<T>> queued) {
        savepoint.executeWithoutResult(status -> writer.write(jdbc, writes(queued)));
    }

    /** Runs {@code work} in a savepoint of the current transaction: on failure only it is undone. */
    void inSavepoint(Consumer<JdbcTemplate> work) {
        savepoint.executeWithoutResult(status -> work.accept(jdbc));
    }

    private static <T> List<T> writes(List<BatchWrites.Queued<T>> queued) {
        return queued.stream().map(BatchWrites.Queued::write).toList();
    }
}
