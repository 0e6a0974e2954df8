package org.pointsbank.ops.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * The cards of {@code bench seed-log}: those the cards file lists already (with the minutes it records), and as
 * many more as it takes to reach the target, issued round-robin over the stations, {@code concurrency} at once.
 * The file is written again every {@code saveEveryNanos} while cards are issued and once at the end, so an
 * interrupted run loses at most that much of its cards and starts again from the file.
 */
final class LogCards {

    private final Seeder seeder;
    private final Path file;
    private final LongSupplier clock;
    private final long saveEveryNanos;

    LogCards(Seeder seeder, Path file, LongSupplier clock, long saveEveryNanos) {
        this.seeder = seeder;
        this.file = file;
        this.clock = clock;
        this.saveEveryNanos = saveEveryNanos;
    }

    /** The cards and their cap tracker (sized for {@code target} cards), after issuing the missing ones. */
    Loaded load(int target, int stations, int concurrency, LocalDate today, int backdatingDays)
            throws InterruptedException {
        List<BenchCard> known = new ArrayList<>();
        DailyCaps caps;
        if (Files.exists(file)) {
            CardsFile read = CardsFile.read(file);
            known.addAll(read.cards());
            caps = new DailyCaps(Math.max(target, known.size()), today, backdatingDays);
            for (int card = 0; card < known.size(); card++) {
                int index = card;
                read.volunteerMinutes().get(card).forEach((date, used) -> caps.addVolunteerMinutes(index, date, used));
            }
        } else {
            caps = new DailyCaps(Math.max(1, target), today, backdatingDays);
        }
        int already = known.size();
        if (already >= target) {
            return new Loaded(List.copyOf(known), caps, already, 0);
        }
        for (int i = 0; i < stations; i++) {
            seeder.createStation(Seeder.stationId(i), "Bench station " + (i + 1));
        }
        List<BenchCard> cards = issue(known, target, stations, concurrency, caps);
        return new Loaded(cards, caps, already, cards.size() - already);
    }

    private List<BenchCard> issue(List<BenchCard> known, int target, int stations, int concurrency, DailyCaps caps)
            throws InterruptedException {
        List<BenchCard> cards = new ArrayList<>(known);
        AtomicInteger next = new AtomicInteger(known.size());
        AtomicReference<OpsFailure> failure = new AtomicReference<>();
        AtomicLong lastSave = new AtomicLong(clock.getAsLong());
        long started = clock.getAsLong();
        int from = known.size();
        try {
            seeder.parallel(
                    concurrency,
                    () -> {
                        int i;
                        while (failure.get() == null && (i = next.getAndIncrement()) < target) {
                            BenchCard card = seeder.issueCard(Seeder.stationId(i % stations));
                            synchronized (cards) {
                                cards.add(card);
                            }
                            long now = clock.getAsLong();
                            long last = lastSave.get();
                            if (now - last >= saveEveryNanos && lastSave.compareAndSet(last, now)) {
                                save(cards, caps);
                            }
                        }
                    },
                    failure,
                    () -> {
                        int done;
                        synchronized (cards) {
                            done = cards.size();
                        }
                        double seconds = Math.max(1e-9, (clock.getAsLong() - started) / 1e9);
                        return String.format(
                                Locale.ROOT,
                                "seed-log cards %d/%d  %.0f cards/s",
                                done,
                                target,
                                (done - from) / seconds);
                    });
        } finally {
            save(cards, caps);
        }
        synchronized (cards) {
            return List.copyOf(cards);
        }
    }

    /** Writes the cards file: the cards in the order they were issued, with the minutes {@code caps} counted. */
    void save(List<BenchCard> cards, DailyCaps caps) {
        List<BenchCard> copy;
        synchronized (cards) {
            copy = List.copyOf(cards);
        }
        synchronized (this) {
            CardsFile.write(file, copy, caps);
        }
    }

    /** The cards, their caps, how many the file listed before and how many this run issued. */
    record Loaded(List<BenchCard> cards, DailyCaps caps, int fromFile, int issued) {}
}
