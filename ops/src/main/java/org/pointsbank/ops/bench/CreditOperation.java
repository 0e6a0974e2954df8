package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * A volunteer-hours credit of {@value #MINUTES} minutes (1 point) to a card picked by the skewed distribution,
 * on a day the cap tracker still has room for. {@code credit}: {@code POST /api/v1/cards/{cardId}/volunteer-hours}
 * with a fresh {@code Idempotency-Key}; a 422 {@code DAILY_LIMIT_EXCEEDED} marks the day full and counts as
 * {@code cap}. {@code baseline-credit}: the same body to {@code POST /bench/baseline/credits/{cardId}}, no key,
 * on a random day of the window (the baseline enforces no cap). {@code baseline-c-credit}: the same body to
 * {@code POST /api/v1/bench/baseline-c/cards/{cardId}/volunteer-hours} with credentials and a fresh key, on a
 * random day too (baseline (c) enforces no cap either).
 */
public final class CreditOperation implements Operation {

    public static final int MINUTES = 6;
    static final String DAILY_LIMIT_EXCEEDED = "DAILY_LIMIT_EXCEEDED";
    private static final int SKEWED_ATTEMPTS = 64;

    /** Told of every 201 with the balance it answered and when the answer arrived. */
    @FunctionalInterface
    public interface Listener {
        void credited(BenchCard card, long balance, long answeredAtNanos);
    }

    private final BenchHttp http;
    private final List<BenchCard> cards;
    private final ZipfPicker picker;
    private final DailyCaps caps;
    private final Target target;
    private final Listener listener;
    private final LongSupplier clock;

    private CreditOperation(
            BenchHttp http,
            List<BenchCard> cards,
            ZipfPicker picker,
            DailyCaps caps,
            Target target,
            Listener listener,
            LongSupplier clock) {
        this.http = http;
        this.cards = cards;
        this.picker = picker;
        this.caps = caps;
        this.target = target;
        this.listener = listener;
        this.clock = clock;
    }

    public static CreditOperation ledger(
            BenchHttp http,
            List<BenchCard> cards,
            ZipfPicker picker,
            DailyCaps caps,
            Listener listener,
            LongSupplier clock) {
        return new CreditOperation(http, cards, picker, caps, Target.LEDGER, listener, clock);
    }

    public static CreditOperation baseline(BenchHttp http, List<BenchCard> cards, ZipfPicker picker, DailyCaps caps) {
        return new CreditOperation(http, cards, picker, caps, Target.BASELINE, null, System::nanoTime);
    }

    public static CreditOperation baselineC(BenchHttp http, List<BenchCard> cards, ZipfPicker picker, DailyCaps caps) {
        return new CreditOperation(http, cards, picker, caps, Target.BASELINE_C, null, System::nanoTime);
    }

    /** Where a credit goes: the ledger, baseline (b) or baseline (c). */
    private enum Target {
        LEDGER,
        BASELINE,
        BASELINE_C
    }

    static String body(String stationId, LocalDate occurredOn) {
        return body(stationId, occurredOn, MINUTES);
    }

    static String body(String stationId, LocalDate occurredOn, int minutes) {
        return "{\"stationId\":" + JsonText.quote(stationId) + ",\"activity\":\"bench\",\"minutes\":" + minutes
                + ",\"occurredOn\":\"" + occurredOn + "\"}";
    }

    @Override
    public Outcome call(long sequence) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int card;
        int day;
        boolean ledger = target == Target.LEDGER;
        if (!ledger) {
            card = picker.pick(random);
            day = random.nextInt(caps.days());
        } else {
            long pick = pickWithRoom(random);
            if (pick < 0) {
                return Outcome.cap(); // every card is full on every day of the window
            }
            card = (int) (pick >>> 32);
            day = (int) pick;
        }
        BenchCard chosen = cards.get(card);
        String body = body(chosen.stationId(), caps.date(day));
        HttpAnswer answer;
        try {
            answer = switch (target) {
                case LEDGER ->
                    http.post(
                            "/api/v1/cards/" + chosen.cardId() + "/volunteer-hours",
                            body,
                            "bench-" + UUID.randomUUID());
                case BASELINE -> http.post("/bench/baseline/credits/" + chosen.cardId(), body, null);
                case BASELINE_C ->
                    http.post(
                            "/api/v1/bench/baseline-c/cards/" + chosen.cardId() + "/volunteer-hours",
                            body,
                            "bench-" + UUID.randomUUID());
            };
        } catch (IOException e) {
            return Outcome.failed(e);
        }
        if (answer.status() == 201) {
            if (listener != null) {
                long answeredAt = clock.getAsLong();
                listener.credited(chosen, balance(answer), answeredAt);
            }
            return Outcome.ok();
        }
        if (ledger && answer.status() == 422 && DAILY_LIMIT_EXCEEDED.equals(answer.code())) {
            caps.markVolunteerFull(card, day);
            return Outcome.cap();
        }
        return Outcome.error(answer.errorKey());
    }

    /** Card in the high half, day in the low half; -1 when no card has room on any day. */
    private long pickWithRoom(ThreadLocalRandom random) {
        for (int attempt = 0; attempt < SKEWED_ATTEMPTS; attempt++) {
            int card = picker.pick(random);
            OptionalInt day = caps.reserveVolunteer(card, MINUTES);
            if (day.isPresent()) {
                return ((long) card << 32) | day.getAsInt();
            }
        }
        int start = random.nextInt(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            int card = (start + i) % cards.size();
            OptionalInt day = caps.reserveVolunteer(card, MINUTES);
            if (day.isPresent()) {
                return ((long) card << 32) | day.getAsInt();
            }
        }
        return -1;
    }

    private static long balance(HttpAnswer answer) {
        try {
            return answer.json().path("balance").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
