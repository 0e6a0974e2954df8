package org.pointsbank.ops.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The measurement of {@code bench deep}: {@code rounds} rounds, each a closed loop of credit+reversal pairs
 * ({@link PairOperation}) on the fresh card for {@code duration}, then the same on the deep card (alternating,
 * so that a drift of the service or the machine hits both alike). The first round warms each card up for
 * {@code warmup} first, unrecorded. One line per card and round on stderr; the totals per card kind at the end.
 */
final class DeepRounds {

    static final String FRESH = "fresh";
    static final String DEEP = "deep";

    /** One round's results, fresh card and deep card. */
    record Round(int round, BenchResult fresh, BenchResult deep) {}

    private final BenchHttp http;
    private final int clients;
    private final int rounds;
    private final Duration warmup;
    private final Duration duration;
    private final Supplier<LocalDate> today;
    private final LongSupplier clock;
    private final PrintWriter err;
    private final List<Round> done = new ArrayList<>();

    DeepRounds(
            BenchHttp http,
            int clients,
            int rounds,
            Duration warmup,
            Duration duration,
            Supplier<LocalDate> today,
            LongSupplier clock,
            PrintWriter err) {
        this.http = http;
        this.clients = clients;
        this.rounds = rounds;
        this.warmup = warmup;
        this.duration = duration;
        this.today = today;
        this.clock = clock;
        this.err = err;
    }

    /** {@code fresh}, then {@code deep}; {@code deepEvents} is what the deep card has before the measurement. */
    List<DeepResult> run(BenchCard fresh, BenchCard deep, long deepEvents) throws InterruptedException {
        Kind freshKind = new Kind(FRESH, fresh, 1);
        Kind deepKind = new Kind(DEEP, deep, deepEvents);
        for (int round = 1; round <= rounds; round++) {
            Duration warmupNow = round == 1 ? warmup : Duration.ZERO;
            BenchResult freshRound = measure(round, freshKind, warmupNow);
            BenchResult deepRound = measure(round, deepKind, warmupNow);
            done.add(new Round(round, freshRound, deepRound));
        }
        return List.of(freshKind.result(), deepKind.result());
    }

    List<Round> rounds() {
        return List.copyOf(done);
    }

    private BenchResult measure(int round, Kind kind, Duration warmupNow) throws InterruptedException {
        ResultRecorder recorder = new ResultRecorder();
        Recorder both = (outcome, latency) -> {
            recorder.record(outcome, latency);
            kind.total.record(outcome, latency);
        };
        long measureFrom = clock.getAsLong() + warmupNow.toNanos();
        Operation pairs =
                new PairOperation(new CreditReversal(http, kind.card, today), both, measureFrom, clock, kind.events);
        // The pair records the credits itself: the driver would time the whole pair.
        new ClosedLoopDriver(clients, clock).run(pairs, warmupNow, duration, (outcome, latency) -> {});
        BenchResult result =
                BenchResult.of(kind.name, Measurement.CLOSED, clients, null, warmupNow, duration, recorder);
        Latency latency = result.latency();
        err.printf(
                Locale.ROOT,
                "round %d/%d %-5s %d credits  %.1f credits/s  p50 %s ms  errors %d%n",
                round,
                rounds,
                kind.name,
                result.ok(),
                result.opsPerSecond(),
                latency.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", latency.p50()),
                result.errorCount());
        err.flush();
        return result;
    }

    /** A card kind's card, its event count, and its credits over all rounds. */
    private final class Kind {

        final String name;
        final BenchCard card;
        final AtomicLong events;
        final ResultRecorder total = new ResultRecorder();

        Kind(String name, BenchCard card, long events) {
            this.name = name;
            this.card = card;
            this.events = new AtomicLong(events);
        }

        DeepResult result() {
            return new DeepResult(
                    name,
                    card.cardId(),
                    events.get(),
                    BenchResult.of(
                            name, Measurement.CLOSED, clients, null, warmup, duration.multipliedBy(rounds), total));
        }
    }
}
