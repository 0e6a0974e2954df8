package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.pointsbank.ops.Durations;
import org.pointsbank.ops.OpsFailure;

/**
 * The activity loop of {@code bench seed-log}: workers take activities while the log's count plus what the
 * activities under way will add stays below the target, so the log ends at or a little past it. The count is the
 * service's log head after each close when it tells one, else the tool's own count from the answers.
 */
final class LogRun {

    private final LogActivities activities;
    private final LogEvents log;
    private final Runnable save;
    private final long saveEveryNanos;
    private final LongSupplier clock;
    private final AtomicLong lastSave = new AtomicLong();

    final AtomicReference<OpsFailure> failure = new AtomicReference<>();

    private long target;
    private long perActivity;
    private long known;
    private long startedAt;
    private long before;
    private int underWay;
    private boolean serviceCounts;

    LogRun(LogActivities activities, LogEvents log, Runnable save, long saveEveryNanos, LongSupplier clock) {
        this.activities = activities;
        this.log = log;
        this.save = save;
        this.saveEveryNanos = saveEveryNanos;
        this.clock = clock;
    }

    /** Reads where the log stands; the count before this run (0 when the service does not tell). */
    synchronized long start(long target, long perActivity) throws IOException, InterruptedException {
        this.target = target;
        this.perActivity = perActivity;
        long head = log.count();
        serviceCounts = head >= 0;
        known = Math.max(0, head);
        before = known;
        startedAt = clock.getAsLong();
        lastSave.set(startedAt);
        return before;
    }

    /** One worker: activities until the target is reached or planned for. */
    void work() throws IOException, InterruptedException {
        while (failure.get() == null && claim()) {
            long recorded = 0;
            try {
                recorded = activities.runOne();
            } finally {
                finish(recorded);
            }
            long now = clock.getAsLong();
            long last = lastSave.get();
            if (now - last >= saveEveryNanos && lastSave.compareAndSet(last, now)) {
                save.run();
            }
        }
    }

    /** Takes an activity if the log, with those under way, would still fall short of the target. */
    synchronized boolean claim() {
        if (known + underWay * perActivity >= target) {
            return false;
        }
        underWay++;
        return true;
    }

    private void finish(long recorded) throws IOException, InterruptedException {
        long head = serviceCounts ? log.count() : -1;
        synchronized (this) {
            underWay--;
            known = head >= 0 ? Math.max(head, known) : known + recorded;
        }
    }

    synchronized long known() {
        return known;
    }

    String progressLine() {
        long count;
        synchronized (this) {
            count = known;
        }
        double seconds = Math.max(1e-9, (clock.getAsLong() - startedAt) / 1e9);
        double rate = (count - before) / seconds;
        String eta = rate <= 0 || count >= target
                ? "-"
                : Durations.format(Duration.ofSeconds((long) ((target - count) / rate)));
        return String.format(
                Locale.ROOT,
                "seed-log events %d/%d  activities %d  credited %d  refused %d  %.0f events/s  eta %s",
                count,
                target,
                activities.activities.sum(),
                activities.credited.sum(),
                activities.refused.sum(),
                rate,
                eta);
    }

    /** The closing lines: cards, activities, attendees, events before and after, times and rates. */
    List<String> summary(LogCards.Loaded cards, long eventsBefore, Duration cardsTook) {
        Duration took = Duration.ofNanos(clock.getAsLong() - startedAt);
        long count = known();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "cards: %d (%d from the cards file, %d issued in %s)",
                cards.cards().size(),
                cards.fromFile(),
                cards.issued(),
                Durations.format(cardsTook)));
        lines.add(String.format(
                Locale.ROOT,
                "activities: %d closed, %d attendees credited, %d refused, in %s",
                activities.activities.sum(),
                activities.credited.sum(),
                activities.refused.sum(),
                Durations.format(took)));
        lines.add(String.format(
                Locale.ROOT,
                "events: %d (%s), %d before the activities, %d recorded by them (from the answers), %.0f events/s",
                count,
                serviceCounts ? "the service's log head" : "counted by this run only: the service told no head",
                eventsBefore,
                activities.events.get(),
                activities.events.get() / Math.max(1e-9, took.toNanos() / 1e9)));
        return lines;
    }
}
