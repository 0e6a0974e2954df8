package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DailyCapsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @Test
    void coversTodayAndTheSixtyDaysBefore() {
        DailyCaps caps = new DailyCaps(1, TODAY, DailyCaps.MAX_BACKDATING_DAYS);

        assertThat(caps.days()).isEqualTo(61);
        assertThat(caps.date(0)).isEqualTo(TODAY.minusDays(60));
        assertThat(caps.date(60)).isEqualTo(TODAY);
    }

    @Test
    void neverTakesACardDayPastSevenHundredTwentyMinutesUnderConcurrency() throws Exception {
        int cards = 3;
        DailyCaps caps = new DailyCaps(cards, TODAY, 60);
        AtomicLong granted = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Future<?>[] workers = new Future<?>[8];
            for (int t = 0; t < workers.length; t++) {
                workers[t] = threads.submit(() -> {
                    // odd sizes that do not divide 720, so days end partly filled
                    for (int i = 0; i < 20_000; i++) {
                        int minutes = 6 + ThreadLocalRandom.current().nextInt(3) * 47;
                        if (caps.reserveVolunteer(ThreadLocalRandom.current().nextInt(cards), minutes)
                                .isPresent()) {
                            granted.addAndGet(minutes);
                        }
                    }
                });
            }
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        long counted = 0;
        for (int card = 0; card < cards; card++) {
            for (int day = 0; day < caps.days(); day++) {
                assertThat(caps.volunteerMinutes(card, day)).isBetween(0, DailyCaps.VOLUNTEER_CAP);
                counted += caps.volunteerMinutes(card, day);
            }
        }
        assertThat(counted).isEqualTo(granted.get());
        // far more was asked than fits: every day ends with less than the smallest request (6) left
        assertThat(counted).isGreaterThanOrEqualTo(3L * 61 * (720 - 5));
    }

    @Test
    void fillsExactlyAndThenRefuses() {
        DailyCaps caps = new DailyCaps(1, TODAY, 60);

        for (int i = 0; i < 61 * 120; i++) {
            assertThat(caps.reserveVolunteer(0, 6)).as("reservation %d", i).isPresent();
        }
        assertThat(caps.reserveVolunteer(0, 6)).isEmpty();
        assertThat(caps.reserveVolunteer(0, 1)).isEmpty();
        // study minutes are a cap of their own
        assertThat(caps.reserveStudy(0, 30)).isPresent();
    }

    @Test
    void spreadsACardsCreditsRoundRobinOverTheWindow() {
        DailyCaps caps = new DailyCaps(2, TODAY, 60);
        Set<Integer> days = new HashSet<>();

        for (int i = 0; i < 61; i++) {
            days.add(caps.reserveVolunteer(1, 6).orElseThrow());
        }

        assertThat(days).hasSize(61);
        assertThat(caps.volunteerMinutes(0, 0)).isZero();
    }

    @Test
    void skipsDaysTheServiceSaidAreFull() {
        DailyCaps caps = new DailyCaps(1, TODAY, 1);
        caps.markVolunteerFull(0, 0);

        OptionalInt first = caps.reserveVolunteer(0, 6);
        OptionalInt second = caps.reserveVolunteer(0, 6);

        assertThat(first).hasValue(1);
        assertThat(second).hasValue(1);
        assertThat(caps.volunteerMinutes(0, 0)).isEqualTo(720);
    }

    @Test
    void startsFromMinutesRecordedBeforeAndIgnoresDaysOutsideTheWindow() {
        DailyCaps caps = new DailyCaps(1, TODAY, 60);

        caps.addVolunteerMinutes(0, TODAY, 700);
        caps.addVolunteerMinutes(0, TODAY, 700);
        caps.addVolunteerMinutes(0, TODAY.minusDays(61), 300);
        caps.addVolunteerMinutes(0, TODAY.plusDays(1), 300);
        caps.addVolunteerMinutes(0, TODAY.minusDays(60), 24);

        assertThat(caps.volunteerByDate(0)).isEqualTo(Map.of(TODAY, 720, TODAY.minusDays(60), 24));
    }

    @Test
    void keepsStudyMinutesUnderTwoHundredForty() {
        DailyCaps caps = new DailyCaps(1, TODAY, 0);

        for (int i = 0; i < 8; i++) {
            assertThat(caps.reserveStudy(0, 30)).isPresent();
        }
        assertThat(caps.reserveStudy(0, 30)).isEmpty();
        assertThat(caps.studyMinutes(0, 0)).isEqualTo(240);
        assertThat(caps.volunteerMinutes(0, 0)).isZero();
    }

    @Test
    void rejectsReservationsNoDayCouldHold() {
        DailyCaps caps = new DailyCaps(1, TODAY, 60);

        assertThatThrownBy(() -> caps.reserveVolunteer(0, 721)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caps.reserveStudy(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caps.reserveVolunteer(1, 6)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void reservesMinutesOnAGivenDayOnlyWhileTheyFitUnderTheCap() {
        DailyCaps caps = new DailyCaps(2, TODAY, 60);
        caps.addVolunteerMinutes(0, caps.date(5), 660);

        assertThat(caps.reserveVolunteerOn(0, 5, 60)).isTrue();
        assertThat(caps.reserveVolunteerOn(0, 5, 1)).isFalse();
        assertThat(caps.volunteerMinutes(0, 5)).isEqualTo(720);
        assertThat(caps.reserveVolunteerOn(1, 5, 720)).isTrue();
        assertThat(caps.volunteerMinutes(0, 6)).isZero();
    }
}
