package org.pointsbank.ops.drill;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.bench.DailyCaps;
import org.pointsbank.ops.bench.HttpAnswer;

/**
 * The drill's load: {@code clients} threads, each sending its {@code credits} keyed credits to the cards in turn,
 * spread over the instances ({@link Targets}); every {@code resendEvery}-th acknowledged credit is sent again with
 * its key to another instance, as by a client whose first answer was lost, and must be answered the same entry.
 * Between the credits, spread evenly over the run, the redemptions: each placed on one instance and fulfilled
 * (even ones) or cancelled (odd ones) on another, while the credits keep moving the same cards.
 */
final class ClusterLoad {

    final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    final Queue<Placed> placed = new ConcurrentLinkedQueue<>();
    /** Requests that ended without success, after every retry: what and the last answer. */
    final Queue<String> notDone = new ConcurrentLinkedQueue<>();
    /** Resends answered with anything but the first answer's entry. */
    final Queue<String> resendsAnsweredOtherwise = new ConcurrentLinkedQueue<>();

    private final DrillPlan plan;
    private final DrillLedger ledger;
    private final Targets targets;
    private final DailyCaps caps;
    private final KeyedPost post;
    private final long redemptionSpacing;

    ClusterLoad(DrillPlan plan, DrillLedger ledger, Targets targets, DailyCaps caps, Tally tally) {
        this.plan = plan;
        this.ledger = ledger;
        this.targets = targets;
        this.caps = caps;
        this.post = new KeyedPost(targets, tally);
        this.redemptionSpacing = plan.redemptions() == 0 ? 0 : Math.max(1, plan.totalCredits() / plan.redemptions());
    }

    void run() throws InterruptedException {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < plan.clients(); c++) {
            int client = c;
            threads.add(new Thread(
                    () -> {
                        try {
                            client(client);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "drill-client-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        // with fewer credits than redemptions, the rest are placed here
        for (long k = plan.totalCredits(); k < plan.redemptions(); k++) {
            redemption((int) k);
        }
    }

    private void client(int client) throws InterruptedException {
        for (int j = 0; j < plan.credits(); j++) {
            long i = (long) client * plan.credits() + j;
            credit(client, j, i);
            if (redemptionSpacing > 0 && i % redemptionSpacing == 0 && i / redemptionSpacing < plan.redemptions()) {
                redemption((int) (i / redemptionSpacing));
            }
        }
    }

    private void credit(int client, int j, long i) throws InterruptedException {
        int card = (client + j) % plan.cards();
        OptionalInt day = caps.reserveVolunteer(card, DrillPlan.CREDIT_MINUTES);
        if (day.isEmpty()) {
            throw new OpsFailure("cluster drill: the daily caps leave card " + card + " no room; use more --cards");
        }
        String key = ledger.runId() + "-c" + client + "-" + j;
        String path = "/api/v1/cards/" + ledger.cards().get(card) + "/volunteer-hours";
        String body = DrillSetup.creditBody(
                ledger.stationId(), activity(key), DrillPlan.CREDIT_MINUTES, caps.date(day.getAsInt()));
        int picked = targets.pick(i);
        HttpAnswer answer = post.send(picked, i, path, body, key);
        if (!answered(answer, 201, "credit " + key)) {
            return;
        }
        String entryId = field(answer, "entryId");
        acknowledged.add(new Acknowledged(key, card, entryId, Integer.parseInt(field(answer, "points"))));
        if (plan.resendEvery() > 0 && i % plan.resendEvery() == 0) {
            post.tally().resent();
            HttpAnswer again = post.send(targets.other(picked, i), i, path, body, key);
            if (again == null || again.status() != 201 || !entryId.equals(field(again, "entryId"))) {
                resendsAnsweredOtherwise.add(key + ": first " + entryId + ", again "
                        + (again == null ? "no answer" : again.errorKey() + " " + field(again, "entryId")));
            }
        }
    }

    /** The credit's free text: names its key, so the statement shows which request each line came from. */
    static String activity(String key) {
        return "drill " + key;
    }

    private void redemption(int k) throws InterruptedException {
        int card = k % plan.cards();
        int picked = targets.pick(k);
        HttpAnswer placedAnswer = post.send(
                picked,
                k,
                "/api/v1/cards/" + ledger.cards().get(card) + "/redemptions",
                "{\"giftId\":\"" + ledger.giftId() + "\",\"quantity\":1}",
                ledger.runId() + "-r" + k);
        if (!answered(placedAnswer, 201, "redemption " + k + " placed")) {
            return;
        }
        String redemptionId = field(placedAnswer, "redemptionId");
        int points = Integer.parseInt(field(placedAnswer, "points"));
        boolean fulfil = k % 2 == 0;
        HttpAnswer finished = post.send(
                targets.other(picked, k),
                k,
                "/api/v1/redemptions/" + redemptionId + (fulfil ? "/fulfilment" : "/cancellation"),
                "{}",
                ledger.runId() + "-f" + k);
        String outcome = answered(finished, 200, "redemption " + redemptionId + (fulfil ? " fulfilled" : " cancelled"))
                ? (fulfil ? "FULFILLED" : "CANCELLED")
                : null;
        placed.add(new Placed(redemptionId, card, points, outcome));
    }

    private boolean answered(HttpAnswer answer, int status, String what) {
        if (answer != null && answer.status() == status) {
            return true;
        }
        notDone.add(what + ": " + (answer == null ? "no answer" : answer.errorKey() + " " + answer.detail()));
        return false;
    }

    private static String field(HttpAnswer answer, String name) {
        try {
            return answer.json().path(name).asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
