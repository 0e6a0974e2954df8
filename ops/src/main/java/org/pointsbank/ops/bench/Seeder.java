package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.ProgressPrinter;

/**
 * Fills a service with benchmark data, as an admin: stations {@code bench-01...} (existing ones are fine), cards
 * spread round-robin over them, then the credits ({@link SeedCredits}). Writes the cards file after the cards
 * and again, with the minutes credited per card and day, after the credits.
 */
public final class Seeder {

    private static final long PROGRESS_EVERY_MILLIS = 250;

    @FunctionalInterface
    interface Task {
        void run() throws IOException, InterruptedException;
    }

    private final BenchHttp http;
    private final ProgressPrinter progress;
    private final LongSupplier clock;

    public Seeder(BenchHttp http, ProgressPrinter progress, LongSupplier clock) {
        this.http = http;
        this.progress = progress;
        this.clock = clock;
    }

    public static String stationId(int index) {
        return String.format(Locale.ROOT, "bench-%02d", index + 1);
    }

    public Seeded seed(SeedPlan plan) throws InterruptedException {
        createStations(plan.stations());
        long cardsStarted = clock.getAsLong();
        List<BenchCard> cards = createCards(plan);
        Duration cardsTook = Duration.ofNanos(clock.getAsLong() - cardsStarted);
        DailyCaps caps = new DailyCaps(cards.size(), plan.today(), plan.backdatingDays());
        CardsFile.write(plan.cardsFile(), cards, caps);

        long creditsStarted = clock.getAsLong();
        SeedCredits credits =
                new SeedCredits(http, cards, new ZipfPicker(cards.size(), plan.skew()), caps, plan.events(), clock);
        try {
            parallel(plan.concurrency(), credits::work, credits.failure, () -> credits.progressLine(creditsStarted));
        } finally {
            CardsFile.write(plan.cardsFile(), cards, caps);
        }
        Duration creditsTook = Duration.ofNanos(clock.getAsLong() - creditsStarted);
        return new Seeded(
                cards,
                credits.volunteer.sum(),
                credits.study.sum(),
                credits.recorder.cap(),
                credits.recorder.errors(),
                cardsTook,
                creditsTook);
    }

    private void createStations(int stations) throws InterruptedException {
        for (int i = 0; i < stations; i++) {
            createStation(stationId(i), "Bench station " + (i + 1));
        }
    }

    /** Creates a station; one that exists already ({@code 409 STATION_ALREADY_EXISTS}) is fine. */
    public void createStation(String id, String name) throws InterruptedException {
        String body = "{\"id\":" + JsonText.quote(id) + ",\"name\":" + JsonText.quote(name) + "}";
        HttpAnswer answer;
        try {
            answer = http.post("/api/v1/stations", body, "bench-station-" + UUID.randomUUID());
        } catch (IOException e) {
            throw unreachable(e);
        }
        if (answer.status() != 201 && !(answer.status() == 409 && "STATION_ALREADY_EXISTS".equals(answer.code()))) {
            throw refused("creating station " + id, answer);
        }
    }

    /** Issues a card at {@code station}, with a fresh {@code Idempotency-Key}. */
    public BenchCard issueCard(String station) throws IOException, InterruptedException {
        HttpAnswer answer = http.post(
                "/api/v1/cards", "{\"stationId\":" + JsonText.quote(station) + "}", "bench-card-" + UUID.randomUUID());
        String cardId = answer.status() == 201 ? answer.json().path("cardId").asText("") : "";
        if (cardId.isEmpty()) {
            throw refused("issuing a card at " + station, answer);
        }
        return new BenchCard(cardId, station);
    }

    private List<BenchCard> createCards(SeedPlan plan) throws InterruptedException {
        BenchCard[] made = new BenchCard[plan.cards()];
        AtomicInteger next = new AtomicInteger();
        LongAdder done = new LongAdder();
        AtomicReference<OpsFailure> failure = new AtomicReference<>();
        long started = clock.getAsLong();
        parallel(
                plan.concurrency(),
                () -> {
                    int i;
                    while (failure.get() == null && (i = next.getAndIncrement()) < made.length) {
                        made[i] = issueCard(stationId(i % plan.stations()));
                        done.increment();
                    }
                },
                failure,
                () -> String.format(
                        Locale.ROOT,
                        "seed cards %d/%d  %.0f cards/s",
                        done.sum(),
                        made.length,
                        done.sum() / Math.max(1e-9, (clock.getAsLong() - started) / 1e9)));
        return List.of(made);
    }

    /**
     * Runs {@code workers} copies of the task, showing progress, then throws the first failure any of them set
     * (or threw: an {@link OpsFailure} as it is, another exception as "seeding failed").
     */
    void parallel(int workers, Task task, AtomicReference<OpsFailure> failure, Supplier<String> line)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            task.run();
                        } catch (IOException e) {
                            failure.compareAndSet(null, unreachable(e));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (OpsFailure e) {
                            failure.compareAndSet(null, e);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, new OpsFailure("seeding failed: " + e, e));
                        }
                    },
                    "bench-seed-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    thread.join(PROGRESS_EVERY_MILLIS);
                    progress.update(line.get());
                }
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
        progress.finish(line.get());
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    OpsFailure unreachable(IOException e) {
        return new OpsFailure(
                "seeding failed: " + http.base() + " did not answer (" + e + "): is the service running,"
                        + " and is --url right?",
                e);
    }

    static OpsFailure refused(String what, HttpAnswer answer) {
        return new OpsFailure(what + " answered " + answer.status() + " "
                + (answer.code() == null ? "" : answer.code() + ": ") + answer.detail());
    }
}
