package org.pointsbank.api.deadletter;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A processing group's dead-letter queue ({@code JdbcSequencedDeadLetterQueue}) that answers "is this card
 * parked?" without a query per event. Axon's invoker asks it before every event so that later events of a
 * parked card are parked behind it; asking the table each time would add a round trip per event. Instead the
 * parked sequences are read once per processor batch (one indexed query, usually answering nothing) and the
 * table is asked only for a card among them. Parkings within the batch are added as they happen. Per batch,
 * not for the node's lifetime: another node may have parked a card before this one claimed the segment.
 */
final class ParkedSequences implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final String processingGroup;
    private final SequencedDeadLetterQueue<EventMessage<?>> delegate;
    private final JdbcTemplate jdbc;
    private final String resource;

    ParkedSequences(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> delegate, JdbcTemplate jdbc) {
        this.processingGroup = processingGroup;
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.resource = ParkedSequences.class.getName() + "." + processingGroup;
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return parked().contains(key(sequenceIdentifier)) && delegate.contains(sequenceIdentifier);
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        delegate.enqueue(sequenceIdentifier, letter);
        parked().add(key(sequenceIdentifier));
    }

    private Set<String> parked() {
        if (!CurrentUnitOfWork.isStarted()) {
            return load();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(resource, r -> load());
    }

    private Set<String> load() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT sequence_identifier FROM dead_letter_entry WHERE processing_group = ?",
                String.class,
                processingGroup));
    }

    /** As JdbcSequencedDeadLetterQueue stores a sequence identifier. */
    private static String key(Object sequenceIdentifier) {
        return sequenceIdentifier instanceof String s ? s : Integer.toString(sequenceIdentifier.hashCode());
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(
            DeadLetter<? extends EventMessage<?>> letter,
            UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(
            Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
            Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return delegate.process(sequenceFilter, task);
    }

    @Override
    public boolean process(Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return delegate.process(task);
    }

    @Override
    public void clear() {
        delegate.clear();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().remove(resource);
        }
    }
}
