package org.pointsbank.core.card;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * Reward cards wired the way the application wires them (command bus, annotated command handler,
 * event-sourcing repository), over an in-memory event store: commands in, events and snapshots
 * out, with no fixture in between. Snapshots are kept serialized, as a real storage engine keeps
 * them, and deserialized afresh on every load.
 */
final class InMemoryCardLedger implements AutoCloseable {

    private final InMemoryEventStorageEngine storage;
    private final EmbeddedEventStore eventStore;
    private final EventSourcingRepository<RewardCard> repository;
    private final CommandGateway commands;

    InMemoryCardLedger(LedgerCalendar calendar, Serializer snapshotSerializer) {
        this(calendar, snapshotSerializer, PeriodGate.NONE_CLOSED);
    }

    /** With the months {@code periods} says are closed. */
    InMemoryCardLedger(LedgerCalendar calendar, Serializer snapshotSerializer, PeriodGate periods) {
        storage = new SerializingSnapshots(snapshotSerializer);
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(RewardCard.class),
                new SimpleResourceParameterResolverFactory(
                        List.of(calendar, new PointsPolicyV1(), periods, CardHistory.DOOR)));
        repository = EventSourcingRepository.builder(RewardCard.class)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<RewardCard>builder()
                .aggregateType(RewardCard.class)
                .repository(repository)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(commandBus);
        commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    /** Dispatches a command and answers its result; a refusal is rethrown as is. */
    <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    /** The card as the repository sources it: from its snapshot, if any, and the events after it. */
    RewardCard load(String cardId) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            RewardCard card = repository.load(cardId).invoke(Function.identity());
            unitOfWork.commit();
            return card;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    long lastSequenceNumber(String cardId) {
        return eventStore.lastSequenceNumberFor(cardId).orElseThrow();
    }

    void storeSnapshot(String cardId, long sequenceNumber, RewardCard card) {
        eventStore.storeSnapshot(
                new GenericDomainEventMessage<>(RewardCard.class.getSimpleName(), cardId, sequenceNumber, card));
    }

    /** The card's events (not its snapshots), oldest first. */
    List<DomainEventMessage<?>> events(String cardId) {
        return storage.readEvents(cardId, 0)
                .asStream()
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }

    private static final class SerializingSnapshots extends InMemoryEventStorageEngine {

        private final Serializer serializer;
        private final Map<String, DomainEventMessage<?>> snapshots = new ConcurrentHashMap<>();
        private final Map<String, SerializedObject<String>> payloads = new ConcurrentHashMap<>();

        SerializingSnapshots(Serializer serializer) {
            this.serializer = serializer;
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            snapshots.put(snapshot.getAggregateIdentifier(), snapshot);
            payloads.put(snapshot.getAggregateIdentifier(), serializer.serialize(snapshot.getPayload(), String.class));
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.ofNullable(snapshots.get(aggregateIdentifier))
                    .map(snapshot -> new GenericDomainEventMessage<>(
                            snapshot.getType(),
                            aggregateIdentifier,
                            snapshot.getSequenceNumber(),
                            serializer.deserialize(payloads.get(aggregateIdentifier))));
        }
    }
}
