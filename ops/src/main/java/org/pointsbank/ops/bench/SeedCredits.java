package org.pointsbank.ops.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * The credit phase of a seed: workers pull event numbers until all are sent. A card is picked by the skewed
 * distribution; it gets a 6-minute volunteer credit on a day with room, else a 30-minute study session, else
 * another card is picked. Stops on the first systemic failure (no room anywhere, mostly errors).
 */
final class SeedCredits {

    static final int STUDY_MINUTES = 30;
    private static final int SKEWED_ATTEMPTS = 64;
    private static final int ERRORS_BEFORE_GIVING_UP = 100;

    private final BenchHttp http;
    private final List<BenchCard> cards;
    private final ZipfPicker picker;
    private final DailyCaps caps;
    private final long events;
    private final LongSupplier clock;
    private final AtomicLong next = new AtomicLong();
    private final LongAdder errorCount = new LongAdder();
    final LongAdder volunteer = new LongAdder();
    final LongAdder study = new LongAdder();
    final ResultRecorder recorder = new ResultRecorder();
    final AtomicReference<OpsFailure> failure = new AtomicReference<>();

    SeedCredits(
            BenchHttp http, List<BenchCard> cards, ZipfPicker picker, DailyCaps caps, long events, LongSupplier clock) {
        this.http = http;
        this.cards = cards;
        this.picker = picker;
        this.caps = caps;
        this.events = events;
        this.clock = clock;
    }

    void work() throws IOException, InterruptedException {
        while (failure.get() == null && next.getAndIncrement() < events) {
            int[] choice = choose();
            if (choice == null) {
                failure.compareAndSet(
                        null,
                        new OpsFailure("no card has room left in the daily caps of the last " + caps.days()
                                + " days: seed more cards (--cards) or fewer events (--events)"));
                return;
            }
            int card = choice[0];
            int day = choice[1];
            boolean isStudy = choice[2] == 1;
            long started = clock.getAsLong();
            Outcome outcome = outcome(send(cards.get(card), day, isStudy), card, day, isStudy);
            recorder.record(outcome, clock.getAsLong() - started);
            if (outcome.kind() == Outcome.Kind.OK) {
                (isStudy ? study : volunteer).increment();
            } else if (outcome.kind() == Outcome.Kind.ERROR) {
                errorCount.increment();
                if (errorCount.sum() >= ERRORS_BEFORE_GIVING_UP && errorCount.sum() > recorder.ok()) {
                    failure.compareAndSet(
                            null,
                            new OpsFailure(
                                    "too many failed credits, stopped: " + ResultReport.errors(recorder.errors())));
                }
            }
        }
    }

    String progressLine(long startedNanos) {
        double seconds = Math.max(1e-9, (clock.getAsLong() - startedNanos) / 1e9);
        return String.format(
                Locale.ROOT,
                "seed credits %d/%d  %.0f ev/s  cap %d  errors %d",
                recorder.ok(),
                events,
                recorder.ok() / seconds,
                recorder.cap(),
                errorCount.sum());
    }

    private HttpAnswer send(BenchCard card, int day, boolean isStudy) throws IOException, InterruptedException {
        String key = "bench-seed-" + UUID.randomUUID();
        if (isStudy) {
            return http.post(
                    "/api/v1/cards/" + card.cardId() + "/study-sessions",
                    "{\"stationId\":"
                            + JsonText.quote(card.stationId()) + ",\"topic\":\"bench\",\"minutes\":" + STUDY_MINUTES
                            + ",\"occurredOn\":\"" + caps.date(day) + "\"}",
                    key);
        }
        return http.post(
                "/api/v1/cards/" + card.cardId() + "/volunteer-hours",
                CreditOperation.body(card.stationId(), caps.date(day)),
                key);
    }

    private Outcome outcome(HttpAnswer answer, int card, int day, boolean isStudy) {
        if (answer.status() == 201) {
            return Outcome.ok();
        }
        if (answer.status() == 422 && CreditOperation.DAILY_LIMIT_EXCEEDED.equals(answer.code())) {
            if (isStudy) {
                caps.markStudyFull(card, day);
            } else {
                caps.markVolunteerFull(card, day);
            }
            return Outcome.cap();
        }
        return Outcome.error(answer.errorKey());
    }

    /** {card, day, 1 for a study session}, or null when no card has room on any day. */
    private int[] choose() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < SKEWED_ATTEMPTS; attempt++) {
            int[] choice = room(picker.pick(random));
            if (choice != null) {
                return choice;
            }
        }
        int start = random.nextInt(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            int[] choice = room((start + i) % cards.size());
            if (choice != null) {
                return choice;
            }
        }
        return null;
    }

    private int[] room(int card) {
        OptionalInt day = caps.reserveVolunteer(card, CreditOperation.MINUTES);
        if (day.isPresent()) {
            return new int[] {card, day.getAsInt(), 0};
        }
        day = caps.reserveStudy(card, STUDY_MINUTES);
        return day.isPresent() ? new int[] {card, day.getAsInt(), 1} : null;
    }
}
