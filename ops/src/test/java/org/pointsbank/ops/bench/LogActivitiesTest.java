package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogActivitiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    private static List<BenchCard> cards(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new BenchCard("card-" + i, "bench-01"))
                .toList();
    }

    private static LogActivities activities(List<BenchCard> cards, DailyCaps caps, int attendees, int minutes) {
        return new LogActivities(null, null, cards, caps, 1, attendees, minutes, 100);
    }

    @Test
    void countsTheEventsOfAnActivityWhoseAttendeesAreAllCredited() {
        // plan, 10 sheets, closed and close completed, then a credit and an AttendeeCredited per attendee
        assertThat(LogActivities.eventsPerActivity(1000, 100)).isEqualTo(1 + 10 + 2 + 2000);
        assertThat(LogActivities.eventsPerActivity(4, 3)).isEqualTo(1 + 2 + 2 + 8);
    }

    @Test
    void datesActivitiesOnThePastDaysOfTheWindowNeverItsOldestNorToday() {
        int days = 61;

        List<Integer> used = IntStream.range(0, 3 * days)
                .map(n -> LogActivities.dayOf(n, days))
                .boxed()
                .toList();

        assertThat(used).allSatisfy(day -> assertThat(day).isBetween(1, days - 2));
        assertThat(used.stream().distinct()).hasSize(days - 2);
        assertThat(LogActivities.dayOf(5, 1)).isZero();
    }

    @Test
    void picksDistinctCardsWithRoomThatDayAndCountsTheirMinutes() {
        List<BenchCard> cards = cards(10);
        DailyCaps caps = new DailyCaps(cards.size(), TODAY, 60);
        for (int card = 0; card < 5; card++) {
            caps.addVolunteerMinutes(card, caps.date(3), 700);
        }

        List<String> picked = activities(cards, caps, 8, 60).pick(3, new SplittableRandom(7));

        assertThat(picked)
                .hasSize(5)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("card-5", "card-6", "card-7", "card-8", "card-9");
        for (int card = 0; card < 10; card++) {
            assertThat(caps.volunteerMinutes(card, 3)).isEqualTo(card < 5 ? 700 : 60);
            assertThat(caps.volunteerMinutes(card, 4)).isZero();
        }
    }

    @Test
    void picksNobodyWhenEveryCardIsFullThatDay() {
        List<BenchCard> cards = cards(3);
        DailyCaps caps = new DailyCaps(cards.size(), TODAY, 60);
        IntStream.range(0, 3).forEach(card -> caps.addVolunteerMinutes(card, caps.date(2), 690));

        assertThat(activities(cards, caps, 2, 60).pick(2, new SplittableRandom(1)))
                .isEmpty();
        assertThat(activities(cards, caps, 2, 30).pick(2, new SplittableRandom(1)))
                .hasSize(2);
    }
}
