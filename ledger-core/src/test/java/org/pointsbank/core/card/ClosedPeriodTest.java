package org.pointsbank.core.card;

import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.issued;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.period.PeriodClosed;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;

/** A closed month is final: the card refuses credits dated in it and reversals of its entries. */
@DisplayName("A card and a closed period")
class ClosedPeriodTest {

    private static final LocalDate IN_OCTOBER = LocalDate.of(2026, 10, 20);
    private static final PeriodGate OCTOBER_CLOSED = month -> month.equals(YearMonth.of(2026, 10));

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RewardCard.class);
        fixture.registerInjectableResource(CardHistory.calendarAt(CardHistory.NOW));
        fixture.registerInjectableResource(new PointsPolicyV1());
        fixture.registerInjectableResource(OCTOBER_CLOSED);
    }

    @Test
    void refusesAVolunteerCreditDatedInTheClosedMonth() {
        fixture.given(issued().events())
                .when(new CreditVolunteerHours(CARD, "e1", STATION, "litter pick", 60, IN_OCTOBER))
                .expectException(PeriodClosed.class)
                .expectExceptionMessage(
                        "period 2026-10 is closed: entries dated 2026-10-20 can no longer be " + "recorded or reversed")
                .expectNoEvents();
    }

    @Test
    void refusesAStudyCreditDatedInTheClosedMonth() {
        fixture.given(issued().events())
                .when(new CreditStudySession(CARD, "s1", STATION, "civics", 60, IN_OCTOBER.withDayOfMonth(31)))
                .expectException(PeriodClosed.class)
                .expectNoEvents();
    }

    @Test
    void refusesToReverseAnEntryOfTheClosedMonth() {
        fixture.given(issued().volunteerCredit("e1", 60, IN_OCTOBER).events())
                .when(new ReverseEntry(CARD, "r1", "e1", "late objection"))
                .expectException(PeriodClosed.class)
                .expectNoEvents();
    }

    @Test
    void acceptsCreditsAndReversalsOfAnOpenMonth() {
        fixture.given(issued().volunteerCredit("e1", 60, IN_OCTOBER)
                        .volunteerCredit("e2", 60, TODAY)
                        .events())
                .when(new ReverseEntry(CARD, "r2", "e2", "typo"))
                .expectSuccessfulHandlerExecution();
    }
}
