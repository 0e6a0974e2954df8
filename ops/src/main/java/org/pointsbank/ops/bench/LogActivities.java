package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.pointsbank.ops.OpsFailure;

/**
 * One activity of {@code bench seed-log}, from its plan to its close: a VOLUNTEER activity on a past day of the
 * backdating window, {@code 08:00} for {@code minutes}, its attendees drawn at random from the cards with room
 * for {@code minutes} more that day (counted in the caps before they are sent, so concurrent activities never
 * take a card past its daily cap), their minutes entered on paper {@code batch} lines a request, then closed.
 *
 * <p>The events each step records, counted from the answers: the plan one ({@code ActivityPlanned}), each
 * attendance sheet one ({@code AttendanceRecorded}), the close two of its own ({@code ActivityClosed},
 * {@code ActivityCloseCompleted}) and, per attendee, two when credited (the card's {@code VolunteerHoursCredited}
 * and the activity's {@code AttendeeCredited}) or one when refused ({@code AttendeeRefused}).
 */
final class LogActivities {

    static final LocalTime START = LocalTime.of(8, 0);

    private final ActivityApi api;
    private final ActivityClose closer;
    private final List<BenchCard> cards;
    private final DailyCaps caps;
    private final int stations;
    private final int attendees;
    private final int minutes;
    private final int batch;
    private final AtomicInteger sequence = new AtomicInteger();

    final LongAdder activities = new LongAdder();
    final LongAdder credited = new LongAdder();
    final LongAdder refused = new LongAdder();
    final AtomicLong events = new AtomicLong();

    LogActivities(
            ActivityApi api,
            ActivityClose closer,
            List<BenchCard> cards,
            DailyCaps caps,
            int stations,
            int attendees,
            int minutes,
            int batch) {
        this.api = api;
        this.closer = closer;
        this.cards = cards;
        this.caps = caps;
        this.stations = stations;
        this.attendees = attendees;
        this.minutes = minutes;
        this.batch = batch;
    }

    /** The events one activity records when every attendee is credited. */
    static long eventsPerActivity(int attendees, int batch) {
        return 1 + (attendees + batch - 1) / batch + 2 + 2L * attendees;
    }

    /**
     * The day (index into the caps) of activity {@code n}: the past days of the window round-robin, the oldest
     * and today left out so that the window moving on at midnight never makes a planned date too old, and no
     * planned window is in the future.
     */
    static int dayOf(int n, int days) {
        int usable = Math.max(1, days - 2);
        return days > 2 ? 1 + Math.floorMod(n, usable) : days - 1;
    }

    /** Plans, fills and closes one activity; the events its answers tell. */
    long runOne() throws IOException, InterruptedException {
        int n = sequence.getAndIncrement();
        int day = dayOf(n, caps.days());
        LocalDate date = caps.date(day);
        List<String> attending = pick(day, new SplittableRandom(System.nanoTime() ^ ((long) n << 32)));
        if (attending.isEmpty()) {
            throw new OpsFailure("no card has room for " + minutes + " more volunteer minutes on " + date
                    + ": issue more cards (--cards) or lower --minutes");
        }
        ActivityWindow window = new ActivityWindow(date, START, START.plusMinutes(minutes));
        String activityId =
                api.plan(Seeder.stationId(n % stations), "Seeded activity " + (n + 1), window, attending.size());
        long recorded = 1;
        for (int from = 0; from < attending.size(); from += batch) {
            List<String> sheet = attending.subList(from, Math.min(attending.size(), from + batch));
            HttpAnswer answer = api.attendance(activityId, sheet, minutes);
            if (!answer.isSuccess()) {
                throw Seeder.refused("entering attendance of activity " + activityId, answer);
            }
            recorded++;
        }
        CloseOutcome close = closer.close(activityId);
        recorded += 2 + 2 * close.credited() + close.refusedCount();
        activities.increment();
        credited.add(close.credited());
        refused.add(close.refusedCount());
        events.addAndGet(recorded);
        return recorded;
    }

    /**
     * Up to {@code attendees} distinct cards with room on {@code day}, each counted there as it is taken; fewer
     * only when random draws keep finding full cards.
     */
    List<String> pick(int day, SplittableRandom random) {
        Set<Integer> taken = new LinkedHashSet<>();
        int wanted = Math.min(attendees, cards.size());
        int misses = 0;
        while (taken.size() < wanted && misses < 20 * wanted) {
            int card = random.nextInt(cards.size());
            if (!taken.contains(card) && caps.reserveVolunteerOn(card, day, minutes)) {
                taken.add(card);
            } else {
                misses++;
            }
        }
        List<String> ids = new ArrayList<>(taken.size());
        taken.forEach(card -> ids.add(cards.get(card).cardId()));
        return ids;
    }
}
