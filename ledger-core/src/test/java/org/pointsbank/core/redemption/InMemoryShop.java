package org.pointsbank.core.redemption;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.pointsbank.core.card.ReadingRoomDoor;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.gift.Gift;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * Cards, gifts and redemptions wired as the application wires them (one command bus, annotated command handlers,
 * event-sourcing repositories) over an in-memory event store that {@link #reset()} empties: built once, so that
 * thousands of property tries do not each inspect the aggregates again. Nothing here knows the rules.
 */
final class InMemoryShop implements AutoCloseable {

    private final Storage storage = new Storage();
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(storage).build();
    private final EventSourcingRepository<RewardCard> cards;
    private final EventSourcingRepository<Gift> gifts;
    private final EventSourcingRepository<Redemption> redemptions;
    private final CommandGateway commands;

    InMemoryShop(LedgerCalendar calendar) {
        ReadingRoomDoor noDoor = (stationId, code) -> false;
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(RewardCard.class),
                new SimpleResourceParameterResolverFactory(
                        List.of(calendar, new PointsPolicyV1(), PeriodGate.NONE_CLOSED, noDoor)));
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        cards = subscribe(RewardCard.class, resolvers, bus);
        gifts = subscribe(Gift.class, resolvers, bus);
        redemptions = subscribe(Redemption.class, resolvers, bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private <T> EventSourcingRepository<T> subscribe(
            Class<T> type, ParameterResolverFactory resolvers, SimpleCommandBus bus) {
        EventSourcingRepository<T> repository = EventSourcingRepository.builder(type)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        AggregateAnnotationCommandHandler.<T>builder()
                .aggregateType(type)
                .repository(repository)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(bus);
        return repository;
    }

    /** Forgets every event: the next try starts from an empty log. */
    void reset() {
        storage.delegate = new InMemoryEventStorageEngine();
    }

    /** Dispatches a command and answers its result; a refusal is rethrown as is. */
    <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    /** Runs {@code work} in one unit of work, as the service runs a request in one transaction: all or nothing. */
    <R> R together(Supplier<R> work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            R result = work.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    long events() {
        return storage.delegate.readEvents(null, false).count();
    }

    RewardCard card(String id) {
        return load(cards, id);
    }

    Gift gift(String id) {
        return load(gifts, id);
    }

    Redemption redemption(String id) {
        return load(redemptions, id);
    }

    private <T> T load(EventSourcingRepository<T> repository, String id) {
        return together(() -> repository.load(id).invoke(Function.identity()));
    }

    /** A private field of an aggregate or of a value it holds: the state the model is compared with. */
    @SuppressWarnings("unchecked")
    static <T> T field(Object owner, String name) {
        try {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getClass() + " has no field " + name, e);
        }
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }

    /** An in-memory storage engine that {@link #reset()} swaps for an empty one. */
    private static final class Storage implements EventStorageEngine {
        private volatile InMemoryEventStorageEngine delegate = new InMemoryEventStorageEngine();

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return delegate.readEvents(trackingToken, mayBlock);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }
    }
}
