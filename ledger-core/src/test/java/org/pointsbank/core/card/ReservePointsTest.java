package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.V1;
import static org.pointsbank.core.card.CardTestSupport.balanceAndHeld;
import static org.pointsbank.core.card.HeldPointsEvents.hundredPoints;
import static org.pointsbank.core.card.HeldPointsEvents.redeemed;
import static org.pointsbank.core.card.HeldPointsEvents.reserve;
import static org.pointsbank.core.card.HeldPointsEvents.reserved;
import static org.pointsbank.core.card.HeldPointsEvents.with;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.RedeemReservedPoints;
import org.pointsbank.core.card.api.ReservePoints;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

/**
 * Points held for a redemption: {@link ReservePoints} holds them within what is available; a reversal may not eat
 * into them, and holds survive a snapshot.
 */
@DisplayName("ReservePoints")
class ReservePointsTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    @Test
    void holdsPointsWithinWhatIsAvailable() {
        PointsReserved expected = new PointsReserved(CARD, "rd1", "g1", "thermos", STATION, 2, 40, 60, NOW);
        fixture.given(hundredPoints())
                .when(reserve("rd1", 40))
                .expectEvents(expected)
                .expectResultMessagePayload(expected)
                .expectState(card -> assertThat(balanceAndHeld(card)).containsExactly(100L, 40L));
    }

    @Test
    void mayHoldEveryAvailablePoint() {
        fixture.given(with(hundredPoints(), reserved("rd1", 60, 40)))
                .when(reserve("rd2", 40))
                .expectEvents(new PointsReserved(CARD, "rd2", "g1", "thermos", STATION, 2, 40, 0, NOW));
    }

    @Test
    void refusesMoreThanIsAvailableEvenWhenTheBalanceCoversIt() {
        fixture.given(with(hundredPoints(), reserved("rd1", 70, 30)))
                .when(reserve("rd2", 40))
                .expectException(InsufficientPoints.class)
                .expectException(allOf(hasCode("INSUFFICIENT_POINTS"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("card card-1 has 30 points available, 40 are needed")
                .expectNoEvents();
    }

    @Test
    void refusesARedemptionIdThatAnEntryOfTheCardAlreadyHas() {
        // the redemption id becomes a statement entry's id: a credit's or an earlier redemption's is taken
        fixture.given(with(hundredPoints(), reserved("rd1", 10, 90), redeemed("rd1", 10, 90)))
                .when(reserve("e1", 10))
                .expectException(hasCode("DUPLICATE_ENTRY_ID"))
                .expectNoEvents();
        fixture.given(with(hundredPoints(), reserved("rd1", 10, 90), redeemed("rd1", 10, 90)))
                .when(reserve("rd1", 10))
                .expectException(hasCode("DUPLICATE_ENTRY_ID"))
                .expectNoEvents();
    }

    @Test
    void refusesToHoldNothingOrLess() {
        fixture.given(hundredPoints())
                .when(reserve("rd1", -10))
                .expectException(InvalidReservation.class)
                .expectException(allOf(hasCode("INVALID_RESERVATION"), hasKind(RuleKind.INVALID_INPUT)))
                .expectNoEvents();
        fixture.given(hundredPoints())
                .when(reserve("rd1", 0))
                .expectException(hasCode("INVALID_RESERVATION"))
                .expectNoEvents();
    }

    @Test
    void refusesAClosedCard() {
        fixture.given(issued().volunteerCredit("e1", 600).closed().events())
                .when(reserve("rd1", 40))
                .expectException(CardNotActive.class)
                .expectException(allOf(hasCode("CARD_NOT_ACTIVE"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectNoEvents();
    }

    @Test
    void refusesARedemptionThatAlreadyHoldsPoints() {
        fixture.given(with(hundredPoints(), reserved("rd1", 10, 90)))
                .when(reserve("rd1", 10))
                .expectException(DuplicateEntryId.class)
                .expectException(hasCode("DUPLICATE_ENTRY_ID"))
                .expectNoEvents();
    }

    @Test
    void refusesAReversalThatWouldEatIntoHeldPoints() {
        // 100 + 10 points, 100 of them held: only 10 are available
        List<Object> history = with(
                issued().volunteerCredit("e1", 600).volunteerCredit("e2", 60).events(), reserved("rd1", 100, 10));

        fixture.given(history)
                .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                .expectException(InsufficientPoints.class)
                .expectException(allOf(hasCode("INSUFFICIENT_POINTS"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("card card-1 has 10 points available, 100 are needed")
                .expectNoEvents();
        fixture.given(history)
                .when(new ReverseEntry(CARD, "r1", "e2", "wrong card"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "e2",
                        EntryType.VOLUNTEER_HOURS,
                        STATION,
                        TODAY,
                        -60,
                        -10,
                        100,
                        "wrong card",
                        V1,
                        NOW));
    }

    @Test
    void refusesToReverseAGiftRedemption() {
        fixture.given(with(hundredPoints(), reserved("rd1", 40, 60), redeemed("rd1", 40, 60)))
                .when(new ReverseEntry(CARD, "r1", "rd1", "changed mind"))
                .expectException(RedemptionNotReversible.class)
                .expectException(allOf(hasCode("REDEMPTION_NOT_REVERSIBLE"), hasKind(RuleKind.RULE_REFUSED)))
                .expectExceptionMessage("entry rd1 is a gift redemption and cannot be reversed")
                .expectNoEvents();
    }

    @Test
    void holdsAndRedemptionsSurviveASnapshot() {
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
        try (InMemoryCardLedger original = new InMemoryCardLedger(CardHistory.calendarAt(NOW), serializer);
                InMemoryCardLedger restored = new InMemoryCardLedger(CardHistory.calendarAt(NOW), serializer)) {
            original.send(new IssueCard(CARD, STATION));
            original.send(new CreditVolunteerHours(CARD, "e1", STATION, "litter picking", 600, TODAY));
            original.send(reserve("rd1", 40));
            original.send(reserve("rd2", 30));
            original.send(new RedeemReservedPoints(CARD, "rd2", TODAY));
            RewardCard card = original.load(CARD);
            RewardCard roundTripped = serializer.deserialize(serializer.serialize(card, String.class));
            assertThat(roundTripped)
                    .isNotSameAs(card)
                    .usingRecursiveComparison()
                    .isEqualTo(card);
            assertThat(balanceAndHeld(card)).containsExactly(70L, 40L);

            restored.storeSnapshot(CARD, original.lastSequenceNumber(CARD), card);

            assertThatThrownBy(() -> restored.send(reserve("rd3", 31)))
                    .isInstanceOf(InsufficientPoints.class)
                    .hasMessage("card card-1 has 30 points available, 31 are needed");
            assertThatThrownBy(() -> restored.send(reserve("rd1", 1))).isInstanceOf(DuplicateEntryId.class);
            assertThatThrownBy(() -> restored.send(new ReverseEntry(CARD, "r1", "rd2", "undo")))
                    .isInstanceOf(RedemptionNotReversible.class);
            restored.send(new RedeemReservedPoints(CARD, "rd2", TODAY));
            assertThat(restored.events(CARD)).isEmpty();

            restored.send(new RedeemReservedPoints(CARD, "rd1", TODAY));
            assertThat(restored.events(CARD))
                    .<Object>extracting(DomainEventMessage::getPayload)
                    .containsExactly(
                            new GiftRedeemed(CARD, "rd1", "rd1", "g1", "thermos", STATION, 2, -40, 30, TODAY, NOW));
        }
    }
}
