package org.pointsbank.core.card;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.TOMORROW;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;

/**
 * A card's record of service for a certificate: {@link DescribeServiceRecord} counts non-reversed volunteer and
 * study entries of the period, by year, with their activities and entry ids, and records no event.
 */
@DisplayName("DescribeServiceRecord")
class DescribeServiceRecordTest {

    private static final LocalDate LAST_YEAR = LocalDate.of(2025, 12, 30);
    private static final Instant EARLIER = CardHistory.EARLIER;

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static VolunteerHoursCredited volunteer(String id, int minutes, LocalDate day, String activityId) {
        return new VolunteerHoursCredited(CARD, id, STATION, "x", minutes, day, 1, 1, "v1", EARLIER, activityId);
    }

    private static StudySessionCredited study(String id, int minutes, LocalDate day) {
        return new StudySessionCredited(CARD, id, STATION, "civic study", minutes, day, 1, 1, "v1", EARLIER, null);
    }

    @Test
    void countsVolunteerMinutesByYearAndStudyMinutesFromTheFirstEntryToToday() {
        fixture.given(
                        new CardIssued(CARD, STATION, EARLIER),
                        volunteer("e1", 90, LAST_YEAR, "act-2"),
                        volunteer("e2", 120, YESTERDAY, "act-1"),
                        volunteer("e3", 60, TODAY, "act-2"),
                        study("s1", 45, TODAY))
                .when(new DescribeServiceRecord(CARD, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new ServiceRecord(
                        CARD,
                        LAST_YEAR,
                        TODAY,
                        Map.of(2025, 90, 2026, 180),
                        270,
                        45,
                        List.of("act-1", "act-2"),
                        List.of("e1", "e2", "e3", "s1")));
    }

    @Test
    void leavesOutReversedEntriesOtherKindsAndDaysOutsideThePeriod() {
        fixture.given(issued().volunteerCredit("e1", 60, YESTERDAY)
                        .volunteerCredit("e2", 60, TODAY)
                        .studyCredit("s1", 60, TODAY)
                        .reversal("r1", "s1")
                        .events())
                .when(new DescribeServiceRecord(CARD, TODAY, TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(
                        new ServiceRecord(CARD, TODAY, TODAY, Map.of(2026, 60), 60, 0, List.of(), List.of("e2")));
    }

    @Test
    void aCardWithNoEntriesDescribesAnEmptyDay() {
        fixture.given(issued().events())
                .when(new DescribeServiceRecord(CARD, null, null))
                .expectResultMessagePayload(
                        new ServiceRecord(CARD, TODAY, TODAY, Map.of(), 0, 0, List.of(), List.of()));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        fixture.given(issued().events())
                .when(new DescribeServiceRecord(CARD, TODAY, YESTERDAY))
                .expectException(allOf(hasCode("INVALID_CERTIFICATE_PERIOD"), hasField("from")));
    }

    @Test
    void refusesAPeriodThatEndsInTheFuture() {
        fixture.given(issued().events())
                .when(new DescribeServiceRecord(CARD, YESTERDAY, TOMORROW))
                .expectException(allOf(hasCode("INVALID_CERTIFICATE_PERIOD"), hasField("to")));
    }

    @Test
    void refusesMoreThanTenYearsButTakesExactlyTen() {
        fixture.given(issued().events())
                .when(new DescribeServiceRecord(CARD, TODAY.minusYears(10).minusDays(1), TODAY))
                .expectException(allOf(hasCode("INVALID_CERTIFICATE_PERIOD"), hasField("from")));
        fixture.given(issued().events())
                .when(new DescribeServiceRecord(CARD, TODAY.minusYears(10), TODAY))
                .expectSuccessfulHandlerExecution();
    }
}
