package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.station.api.StationRegistered;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

class AuditTrailProjectionTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private AuditTrailProjection projection;
    private AuditTrailRepository trail;

    @BeforeEach
    void projection() {
        projection = new AuditTrailProjection(jdbc, writes, longStatements);
        trail = new AuditTrailRepository(jdbc);
    }

    @Test
    void everyEventOfABatchIsListedAtItsOwnLogPositionWithWhoAndWhy() {
        DomainEventMessage<StationRegistered> station = new GenericDomainEventMessage<>(
                "Station",
                "station-a",
                0,
                new StationRegistered("station-a", "Riverside", CardEvents.NOW),
                Map.of("actor", "admin"));
        CardEvents ann = card("card-ann", "station-a");
        DomainEventMessage<CardIssued> issued = ann.next(
                new CardIssued("card-ann", "station-a", CardEvents.NOW),
                Map.of("actor", "clerk", "correlationId", "corr-1", "idempotencyKey", "key-1"));
        DomainEventMessage<?> credited = ann.volunteered("e1", 60, 10, MARCH_2);
        DomainEventMessage<?> reserved = ann.reserved("r1", 4);
        List<DomainEventMessage<?>> events = List.of(station, issued, credited, reserved);
        events.forEach(log::append);

        inOneBatch(projection, events);

        assertThat(trail.page(0, 10))
                .extracting(
                        AuditEntry::position,
                        AuditEntry::type,
                        AuditEntry::aggregateId,
                        AuditEntry::cardId,
                        AuditEntry::stationId,
                        AuditEntry::entryId,
                        AuditEntry::points,
                        AuditEntry::policyVersion)
                .containsExactly(
                        tuple(1L, "StationRegistered", "station-a", null, "station-a", null, null, null),
                        tuple(2L, "CardIssued", "card-ann", "card-ann", "station-a", null, null, null),
                        tuple(3L, "VolunteerHoursCredited", "card-ann", "card-ann", "station-a", "e1", 10L, "v1"),
                        // a hold leaves the balance alone: no points
                        tuple(4L, "PointsReserved", "card-ann", "card-ann", "station-a", null, null, null));
        AuditEntry second = trail.page(1, 1).get(0);
        assertThat(second.eventId()).isEqualTo(issued.getIdentifier());
        assertThat(second.actor()).isEqualTo("clerk");
        assertThat(second.correlationId()).isEqualTo("corr-1");
        assertThat(second.idempotencyKey()).isEqualTo("key-1");
        // PostgreSQL keeps microseconds, rounded
        assertThat(second.recordedAt()).isCloseTo(issued.getTimestamp(), within(1, ChronoUnit.MICROS));
        assertThat(trail.page(0, 10).get(0).actor()).isEqualTo("admin");
    }

    @Test
    void anEventDeliveredLateTakesItsOwnPositionNotThePositionTheProcessorHadReached() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-a");
        DomainEventMessage<?> early = ann.issued();
        DomainEventMessage<?> late = bob.issued();
        DomainEventMessage<?> after = ann.volunteered("e1", 60, 10, MARCH_2);
        List.of(early, late, after).forEach(log::append);

        inOneBatch(projection, early, after); // the late one's transaction had not committed yet: a gap
        inOneBatch(projection, late);

        assertThat(trail.page(0, 10))
                .extracting(AuditEntry::position, AuditEntry::eventId)
                .containsExactly(
                        tuple(1L, early.getIdentifier()),
                        tuple(2L, late.getIdentifier()),
                        tuple(3L, after.getIdentifier()));
    }

    @Test
    void aBatchDeliveredAgainAddsNoEntry() {
        CardEvents ann = card("card-ann", "station-a");
        List<DomainEventMessage<?>> events = List.of(ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2));
        events.forEach(log::append);
        inOneBatch(projection, events);
        List<AuditEntry> before = trail.page(0, 10);

        inOneBatch(projection, events);

        assertThat(trail.page(0, 10)).isEqualTo(before).hasSize(2);
        assertThat(parking.parked()).as("nothing refused, so nothing parked").isEmpty();
    }

    @Test
    void aPageStartsAfterTheGivenPositionAndShowsEachEventsChainLink() {
        EventSealProjection seals = new EventSealProjection(jdbc, ChainTest.SEAL);
        CardEvents ann = card("card-ann", "station-a");
        List<DomainEventMessage<?>> events =
                List.of(ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2), ann.volunteered("e2", 60, 10, MARCH_2));
        events.forEach(e -> {
            log.append(e);
            recorded(seals, e);
        });
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new ChainAppender(jdbc, ChainTest.SEAL).advance(3, Set.of()));
        inOneBatch(projection, events);

        List<AuditEntry> page = trail.page(1, 1);
        assertThat(page).extracting(AuditEntry::position).containsExactly(2L);
        assertThat(page.get(0).hash())
                .isEqualTo(
                        jdbc.queryForObject("SELECT link FROM event_hash_chain WHERE global_index = 2", String.class))
                .hasSize(64);
    }
}
