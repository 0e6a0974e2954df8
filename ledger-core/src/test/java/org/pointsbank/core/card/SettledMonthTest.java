package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.issued;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.MonthsSettled;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.period.PeriodClosed;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;

/** A closed month of the card is settled by its next accepted credit, and its entries still answer as before. */
@DisplayName("A card and a settled month")
class SettledMonthTest {

    private static final LocalDate IN_OCTOBER = LocalDate.of(2026, 10, 20);
    private static final PeriodGate OCTOBER_CLOSED = month -> month.equals(YearMonth.of(2026, 10));

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RewardCard.class);
        fixture.registerInjectableResource(CardHistory.calendarAt(NOW));
        fixture.registerInjectableResource(new PointsPolicyV1());
        fixture.registerInjectableResource(OCTOBER_CLOSED);
    }

    /** October: e1 and e2 credited, e2 reversed by r2; then settled. */
    private static List<Object> settledOctober() {
        List<Object> events = new ArrayList<>(issued().volunteerCredit("e1", 60, IN_OCTOBER)
                .volunteerCredit("e2", 120, IN_OCTOBER)
                .reversal("r2", "e2")
                .events());
        events.add(new MonthsSettled(CARD, List.of("2026-10"), NOW.minusSeconds(60)));
        return events;
    }

    @Test
    void anAcceptedCreditSettlesTheClosedMonthBeforeItsOwnEvent() {
        fixture.given(issued().volunteerCredit("e1", 60, IN_OCTOBER).events())
                .when(new CreditVolunteerHours(CARD, "e2", STATION, "litter pick", 60, TODAY))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new MonthsSettled(CARD, List.of("2026-10"), NOW)),
                        instanceOf(VolunteerHoursCredited.class),
                        andNoMore())))
                .expectState(card -> assertThat(card)
                        .extracting("entries.byId")
                        .asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsOnlyKeys("e2"));
    }

    @Test
    void aCreditWithNothingToSettleWritesOnlyItself() {
        fixture.given(issued().volunteerCredit("e1", 60, TODAY).events())
                .when(new CreditVolunteerHours(CARD, "e2", STATION, "litter pick", 60, TODAY))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(instanceOf(VolunteerHoursCredited.class), andNoMore())));
    }

    @Test
    void aSettledEntryIdIsStillTaken() {
        fixture.given(settledOctober())
                .when(new CreditVolunteerHours(CARD, "e2", STATION, "litter pick", 60, TODAY))
                .expectException(DuplicateEntryId.class)
                .expectNoEvents();
    }

    @Test
    void aStandingSettledEntryIsRefusedForItsClosedMonth() {
        fixture.given(settledOctober())
                .when(new ReverseEntry(CARD, "r1", "e1", "late objection"))
                .expectException(PeriodClosed.class)
                .expectExceptionMessage(
                        "period 2026-10 is closed: entries dated 2026-10-20 can no longer be recorded or reversed");
    }

    @Test
    void aSettledEntryReversedBeforeIsStillReversedBefore() {
        fixture.given(settledOctober())
                .when(new ReverseEntry(CARD, "r3", "e2", "again"))
                .expectException(EntryAlreadyReversed.class);
    }

    @Test
    void aSettledReversalIsStillNotReversible() {
        fixture.given(settledOctober())
                .when(new ReverseEntry(CARD, "r3", "r2", "undo"))
                .expectException(ReversalNotReversible.class);
    }

    @Test
    void aReversalReusingASettledIdIsADuplicateBeforeTheClosedMonth() {
        fixture.given(settledOctober())
                .when(new ReverseEntry(CARD, "r2", "e1", "late objection"))
                .expectException(DuplicateEntryId.class);
    }

    @Test
    void theRecordOfServiceCountsTheSettledMonthAsBefore() {
        fixture.given(settledOctober())
                .when(new DescribeServiceRecord(CARD, null, null))
                .expectResultMessagePayload(
                        new ServiceRecord(CARD, IN_OCTOBER, TODAY, Map.of(2026, 60), 60, 0, List.of(), List.of("e1")));
    }
}
