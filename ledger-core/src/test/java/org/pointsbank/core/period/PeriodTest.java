package org.pointsbank.core.period;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.period.api.ClosePeriod;
import org.pointsbank.core.period.api.CommendationsConfirmed;
import org.pointsbank.core.period.api.ConfirmCommendations;
import org.pointsbank.core.period.api.FileObjection;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.PeriodClosed;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.core.period.api.RankingPublished;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.pointsbank.core.shared.LedgerCalendar;

@DisplayName("Period")
class PeriodTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String OCTOBER = "2026-10";
    /** 2 November 2026, 10:00 in Shanghai. */
    private static final Instant CLOSED_AT = Instant.parse("2026-11-02T02:00:00Z");

    private static final Instant NOTICE_ENDS = CLOSED_AT.plus(Duration.ofDays(7));
    private static final List<RankedCard> STANDINGS = List.of(
            new RankedCard("yungu", "all", 1, "card-a", 50, 300, 0),
            new RankedCard("yungu", "all", 2, "card-b", 40, 240, 0),
            new RankedCard("xixi", "all", 1, "card-c", 30, 0, 180),
            new RankedCard(null, "all", 1, "card-a", 50, 300, 0),
            new RankedCard("yungu", "volunteer", 1, "card-a", 50, 300, 0));

    private static AggregateTestFixture<Period> at(Instant now) {
        AggregateTestFixture<Period> fixture = new AggregateTestFixture<>(Period.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(now, ZONE), 60));
        return fixture;
    }

    private static List<Object> closed() {
        return List.of(
                new PeriodClosed(OCTOBER, 2, NOTICE_ENDS, CLOSED_AT),
                new RankingPublished(OCTOBER, 2, STANDINGS, CLOSED_AT));
    }

    @Nested
    @DisplayName("ClosePeriod")
    class Closing {

        @Test
        void freezesAnEndedMonthAndPublishesItsStandings() {
            at(CLOSED_AT)
                    .givenNoPriorActivity()
                    .when(new ClosePeriod(OCTOBER, 2, 7, STANDINGS))
                    .expectEvents(closed().toArray())
                    .expectResultMessagePayload(closed().get(0));
        }

        @Test
        void refusesAMonthThatHasNotEnded() {
            at(CLOSED_AT)
                    .givenNoPriorActivity()
                    .when(new ClosePeriod("2026-11", 2, 7, List.of()))
                    .expectException(PeriodNotEnded.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheLastDayOfTheMonthInTheServicesZone() {
            // 31 October 2026 20:00 UTC is already 1 November in Shanghai: October has ended there
            at(Instant.parse("2026-10-31T15:00:00Z"))
                    .givenNoPriorActivity()
                    .when(new ClosePeriod(OCTOBER, 2, 7, List.of()))
                    .expectException(PeriodNotEnded.class);
            at(Instant.parse("2026-10-31T16:00:00Z"))
                    .givenNoPriorActivity()
                    .when(new ClosePeriod(OCTOBER, 2, 7, List.of()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void closesAMonthOnce() {
            at(CLOSED_AT.plusSeconds(60))
                    .given(closed())
                    .when(new ClosePeriod(OCTOBER, 2, 7, STANDINGS))
                    .expectException(PeriodAlreadyClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("FileObjection")
    class Objections {

        @Test
        void recordsAnObjectionAgainstARankedCardDuringTheWindow() {
            Instant now = NOTICE_ENDS.minusSeconds(1);
            at(now).given(closed())
                    .when(new FileObjection(OCTOBER, "o1", "card-b", "yungu", "e9", "hours not worked"))
                    .expectEvents(new ObjectionFiled(OCTOBER, "o1", "card-b", "yungu", "e9", "hours not worked", now));
        }

        @Test
        void refusesAnObjectionAfterTheWindow() {
            at(NOTICE_ENDS)
                    .given(closed())
                    .when(new FileObjection(OCTOBER, "o1", "card-b", "yungu", null, "late"))
                    .expectException(NoticeWindowEnded.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnObjectionAgainstACardThatIsNotRanked() {
            at(CLOSED_AT)
                    .given(closed())
                    .when(new FileObjection(OCTOBER, "o1", "card-z", "yungu", null, "who?"))
                    .expectException(CardNotRanked.class);
        }

        @Test
        void refusesAnObjectionToAnOpenMonth() {
            at(CLOSED_AT)
                    .givenNoPriorActivity()
                    .when(new FileObjection(OCTOBER, "o1", "card-a", "yungu", null, "too early"))
                    .expectException(PeriodNotClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("ConfirmCommendations")
    class Commendations {

        @Test
        void commendsEachStationsTopCardsOfAllPointsAfterTheWindow() {
            at(NOTICE_ENDS)
                    .given(closed())
                    .when(new ConfirmCommendations(OCTOBER, 20))
                    .expectEvents(
                            new VolunteerCommended(OCTOBER, "card-a", "yungu", 1, 50, 20, NOTICE_ENDS),
                            new VolunteerCommended(OCTOBER, "card-b", "yungu", 2, 40, 20, NOTICE_ENDS),
                            new VolunteerCommended(OCTOBER, "card-c", "xixi", 1, 30, 20, NOTICE_ENDS),
                            new CommendationsConfirmed(OCTOBER, 3, NOTICE_ENDS));
        }

        @Test
        void waitsForTheEndOfTheWindow() {
            at(NOTICE_ENDS.minusSeconds(1))
                    .given(closed())
                    .when(new ConfirmCommendations(OCTOBER, 0))
                    .expectException(NoticeWindowOpen.class)
                    .expectNoEvents();
        }

        @Test
        void confirmsOnce() {
            at(NOTICE_ENDS)
                    .given(closed())
                    .andGiven(new CommendationsConfirmed(OCTOBER, 3, NOTICE_ENDS))
                    .when(new ConfirmCommendations(OCTOBER, 0))
                    .expectException(CommendationsAlreadyConfirmed.class);
        }

        @Test
        void needsAClosedPeriod() {
            at(NOTICE_ENDS)
                    .givenNoPriorActivity()
                    .when(new ConfirmCommendations(OCTOBER, 0))
                    .expectException(PeriodNotClosed.class);
        }
    }
}
