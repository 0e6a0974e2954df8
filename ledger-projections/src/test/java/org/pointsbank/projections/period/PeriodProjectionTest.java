package org.pointsbank.projections.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.period.api.CommendationsConfirmed;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.PeriodClosed;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.pointsbank.projections.testing.ProjectionTest;

class PeriodProjectionTest extends ProjectionTest {

    private static final Instant CLOSED = Instant.parse("2026-04-01T00:10:00Z");
    private static final Instant NOTICE_ENDS = Instant.parse("2026-04-08T00:10:00Z");
    private static final Instant CONFIRMED = Instant.parse("2026-04-09T09:00:00Z");

    private PeriodProjection projection;
    private PeriodRepository periods;

    @BeforeEach
    void projection() {
        projection = new PeriodProjection(jdbc);
        periods = new PeriodRepository(jdbc);
    }

    @Test
    void aClosedMonthIsClosedForTheCardsThatAskAndOnlyThatMonth() {
        assertThat(periods.isClosed("2026-03")).isFalse();

        recorded(projection, period(0, new PeriodClosed("2026-03", 3, NOTICE_ENDS, CLOSED)));

        assertThat(periods.isClosed("2026-03")).isTrue();
        assertThat(periods.isClosed("2026-04")).isFalse();
        assertThat(periods.find("2026-03")).contains(new PeriodRow("2026-03", "CLOSED", 3, CLOSED, NOTICE_ENDS, null));
    }

    @Test
    void objectionsAndCommendationsAreKeptOnceEachAndConfirmingCommendsTheMonth() {
        EventMessage<?> closed = period(0, new PeriodClosed("2026-03", 3, NOTICE_ENDS, CLOSED));
        EventMessage<?> objection = new GenericDomainEventMessage<>(
                "Period",
                "2026-03",
                1,
                new ObjectionFiled("2026-03", "o1", "card-ann", "station-a", "e1", "not me", CLOSED.plusSeconds(60)),
                Map.of("actor", "volunteer-ann"));
        EventMessage<?> first =
                period(2, new VolunteerCommended("2026-03", "card-ann", "station-a", 1, 50, 10, CONFIRMED));
        EventMessage<?> cityWide = period(3, new VolunteerCommended("2026-03", "card-ann", "", 1, 50, 20, CONFIRMED));
        EventMessage<?> confirmed = period(4, new CommendationsConfirmed("2026-03", 2, CONFIRMED));
        recorded(projection, closed, objection, first, cityWide, confirmed);
        recorded(projection, closed, objection, first, cityWide, confirmed);

        assertThat(periods.objections("2026-03"))
                .containsExactly(new Objection(
                        "o1",
                        "2026-03",
                        "card-ann",
                        "station-a",
                        "e1",
                        "not me",
                        "volunteer-ann",
                        CLOSED.plusSeconds(60)));
        assertThat(periods.commendationsOf("card-ann"))
                .containsExactly(
                        new Commendation("2026-03", "", "card-ann", 1, 50, 20, CONFIRMED),
                        new Commendation("2026-03", "station-a", "card-ann", 1, 50, 10, CONFIRMED));
        assertThat(periods.findAll())
                .containsExactly(new PeriodRow("2026-03", "COMMENDED", 3, CLOSED, NOTICE_ENDS, CONFIRMED));
    }

    private static EventMessage<?> period(long sequence, Object payload) {
        return event("Period", "2026-03", sequence, payload);
    }
}
