package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * The HTTP steps of {@code bench activity}, each a {@link CountedDriver} run of {@code clients} clients: issue
 * cards, check them in and out (staff, by card id), enter their minutes on paper, and the single credits to
 * compare the close with. A step's refusals are counted by key; the cards it did not get past are left out of
 * the steps after it.
 */
final class ActivitySteps {

    @FunctionalInterface
    private interface Request {
        HttpAnswer send(String cardId) throws IOException, InterruptedException;
    }

    private final BenchHttp http;
    private final ActivityApi api;
    private final int clients;
    private final LongSupplier clock;

    ActivitySteps(BenchHttp http, int clients, LongSupplier clock) {
        this.http = http;
        this.api = new ActivityApi(http);
        this.clients = clients;
        this.clock = clock;
    }

    ActivityApi api() {
        return api;
    }

    /** Issues {@code count} cards at {@code station}; every one must be issued. */
    List<String> issueCards(String station, int count, List<StepResult> steps) throws InterruptedException {
        String body = "{\"stationId\":" + JsonText.quote(station) + "}";
        List<String> cards = new ArrayList<>(perCard(
                "cards",
                Collections.nCopies(count, station),
                ignored -> http.post("/api/v1/cards", body, "bench-card-" + UUID.randomUUID()),
                "cardId",
                steps));
        StepResult issued = steps.get(steps.size() - 1);
        if (issued.errorCount() > 0) {
            throw new OpsFailure("issuing cards at " + station + ": " + ResultReport.errors(issued.errors()));
        }
        return cards;
    }

    List<String> checkIns(String activityId, List<String> cards, List<StepResult> steps) throws InterruptedException {
        return perCard("check-ins", cards, card -> api.checkIn(activityId, card), null, steps);
    }

    List<String> checkOuts(String activityId, List<String> cards, List<StepResult> steps) throws InterruptedException {
        return perCard("check-outs", cards, card -> api.checkOut(activityId, card), null, steps);
    }

    /** Paper attendance in requests of {@code batch} entries, one at a time (they change one activity). */
    void attendance(String activityId, List<String> cards, long minutes, int batch, List<StepResult> steps)
            throws InterruptedException {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < cards.size(); from += batch) {
            batches.add(cards.subList(from, Math.min(cards.size(), from + batch)));
        }
        ResultRecorder recorder = new ResultRecorder();
        long nanos = new CountedDriver(1, clock)
                .run(
                        sequence -> outcome(() -> api.attendance(activityId, batches.get((int) sequence), minutes)),
                        batches.size(),
                        recorder);
        steps.add(StepResult.of("attendance", 1, nanos, recorder));
    }

    /** One volunteer-hours credit of {@code minutes} to each card, dated {@code today}. */
    void singles(String station, List<String> cards, LocalDate today, long minutes, List<StepResult> steps)
            throws InterruptedException {
        String body = CreditOperation.body(station, today, (int) minutes);
        perCard(
                "singles",
                cards,
                card -> http.post(
                        "/api/v1/cards/" + card + "/volunteer-hours", body, "bench-single-" + UUID.randomUUID()),
                null,
                steps);
    }

    /**
     * Sends {@code request} once per card; the cards whose answer was 2xx, in no particular order, or, with
     * {@code field}, that field of each 2xx answer.
     */
    private List<String> perCard(String step, List<String> cards, Request request, String field, List<StepResult> steps)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> passed = new ConcurrentLinkedQueue<>();
        ResultRecorder recorder = new ResultRecorder();
        long nanos = new CountedDriver(clients, clock)
                .run(
                        sequence -> {
                            String card = cards.get((int) sequence);
                            try {
                                HttpAnswer answer = request.send(card);
                                if (!answer.isSuccess()) {
                                    return Outcome.error(answer.errorKey());
                                }
                                String value = field == null
                                        ? card
                                        : answer.json().path(field).asText("");
                                if (value.isEmpty()) {
                                    return Outcome.error(answer.status() + " without " + field);
                                }
                                passed.add(value);
                                return Outcome.ok();
                            } catch (IOException e) {
                                return Outcome.failed(e);
                            }
                        },
                        cards.size(),
                        recorder);
        steps.add(StepResult.of(step, clients, nanos, recorder));
        return List.copyOf(passed);
    }

    @FunctionalInterface
    private interface Call {
        HttpAnswer send() throws IOException, InterruptedException;
    }

    private static Outcome outcome(Call call) throws InterruptedException {
        try {
            HttpAnswer answer = call.send();
            return answer.isSuccess() ? Outcome.ok() : Outcome.error(answer.errorKey());
        } catch (IOException e) {
            return Outcome.failed(e);
        }
    }
}
