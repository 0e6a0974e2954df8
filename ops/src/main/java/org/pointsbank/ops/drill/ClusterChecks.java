package org.pointsbank.ops.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pointsbank.ops.bench.BenchHttp;

/**
 * What the drill checks once the load is over, on the read side of one instance (the read models are shared):
 * every acknowledged credit has exactly one statement line (found by the key its free text names), each card's
 * balance is what the answers added up to, each redemption ended as it was answered with its points held until
 * then and taken once, the gift's stock is what is left, and nothing was left undone or answered 5xx.
 */
final class ClusterChecks {

    private final BenchHttp reader;
    private final DrillLedger ledger;
    private final ClusterLoad load;
    private final Tally tally;
    private final boolean instanceMayDie;

    /** {@code instanceMayDie}: attempts without an answer are expected (an instance killed on purpose). */
    ClusterChecks(BenchHttp reader, DrillLedger ledger, ClusterLoad load, Tally tally, boolean instanceMayDie) {
        this.reader = reader;
        this.ledger = ledger;
        this.load = load;
        this.tally = tally;
        this.instanceMayDie = instanceMayDie;
    }

    /** The checks of the read side; the read models may still be catching up, so the caller polls. */
    List<Check> readSide() throws IOException, InterruptedException {
        List<CardState> cards = new ArrayList<>();
        for (String cardId : ledger.cards()) {
            cards.add(CardState.read(reader, cardId, ClusterLoad.activity(ledger.runId() + "-")));
        }
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> redemptionLines = new HashMap<>();
        for (CardState card : cards) {
            card.linesByKey().forEach((key, n) -> lines.merge(key, n, Integer::sum));
            card.redemptionLines().forEach((id, n) -> redemptionLines.merge(id, n, Integer::sum));
        }
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>(load.resendsAnsweredOtherwise);
        long[] expected = new long[cards.size()];
        Arrays.fill(expected, ledger.firstPoints());
        Set<String> acknowledged = new HashSet<>();
        for (Acknowledged credit : load.acknowledged) {
            acknowledged.add(credit.key());
            expected[credit.card()] += credit.points();
            int n = lines.getOrDefault(credit.key(), 0);
            if (n == 0) {
                lost.add("credit " + credit.key() + " (entry " + credit.entryId() + ") has no statement line");
            } else if (n > 1) {
                doubled.add("credit " + credit.key() + " has " + n + " statement lines");
            }
        }
        List<String> finished = new ArrayList<>();
        Map<String, String> statusOf = statuses(cards);
        long onShelfExpected = ledger.stock();
        for (Placed redemption : load.placed) {
            String status = statusOf.get(redemption.redemptionId());
            int taken = redemptionLines.getOrDefault(redemption.redemptionId(), 0);
            boolean fulfilled = "FULFILLED".equals(redemption.outcome());
            if (fulfilled || redemption.outcome() == null) {
                onShelfExpected--;
            }
            if (fulfilled) {
                expected[redemption.card()] -= redemption.points();
            }
            if (redemption.outcome() != null && !redemption.outcome().equals(status)) {
                finished.add("redemption " + redemption.redemptionId() + " answered " + redemption.outcome()
                        + " but is " + status);
            }
            if (taken != (fulfilled ? 1 : 0)) {
                (taken > 1 ? doubled : finished)
                        .add("redemption " + redemption.redemptionId() + " (" + redemption.outcome() + ") has " + taken
                                + " GIFT_REDEMPTION lines");
            }
        }
        List<String> balances = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            CardState card = cards.get(i);
            if (card.balance() != expected[i]) {
                balances.add(
                        "card " + card.cardId() + " balance " + card.balance() + ", answers add up to " + expected[i]);
            }
            long open = 0;
            for (JsonNode redemption : card.redemptions()) {
                if ("RESERVED".equals(redemption.path("status").asText())) {
                    open += redemption.path("points").asLong();
                    Instant expires = Instant.parse(redemption.path("expiresAt").asText());
                    if (expires.isBefore(Instant.now())) {
                        held.add("redemption " + redemption.path("redemptionId").asText() + " still RESERVED after "
                                + expires);
                    }
                }
            }
            if (card.held() != open) {
                held.add("card " + card.cardId() + " holds " + card.held() + " points, its open redemptions " + open);
            }
        }
        List<String> stock = new ArrayList<>();
        long onShelf = giftStock();
        if (onShelf != onShelfExpected) {
            stock.add("gift " + ledger.giftId() + " has " + onShelf + " on the shelf, expected " + onShelfExpected);
        }
        List<String> unacknowledged = new ArrayList<>();
        lines.keySet().stream()
                .filter(key -> key.contains("-c") && !acknowledged.contains(key))
                .sorted()
                .forEach(key -> unacknowledged.add("credit " + key + " recorded without a 201"));
        return List.of(
                Check.none("lost (acknowledged credit without its line)", lost),
                Check.none("doubled (a key or redemption applied twice)", doubled),
                Check.none("balances differing from the answers", balances),
                Check.none("redemptions not ended as answered", finished),
                Check.none("holds wrong or past their time", held),
                Check.none("gift stock wrong", stock),
                new Check(
                        "recorded though not acknowledged (no answer or an error, then not retried)",
                        unacknowledged.size(),
                        load.notDone.size() >= unacknowledged.size(),
                        String.join("; ", unacknowledged.subList(0, Math.min(3, unacknowledged.size())))));
    }

    /** The checks of the answers themselves: final once the load is over. */
    List<Check> answers() {
        return List.of(Check.none("requests not done after retries", List.copyOf(load.notDone)), serverErrors());
    }

    private Map<String, String> statuses(List<CardState> cards) {
        Map<String, String> status = new HashMap<>();
        for (CardState card : cards) {
            for (JsonNode redemption : card.redemptions()) {
                status.put(
                        redemption.path("redemptionId").asText(),
                        redemption.path("status").asText());
            }
        }
        return status;
    }

    private long giftStock() throws IOException, InterruptedException {
        JsonNode gifts = CardState.ok(reader.get("/api/v1/stations/" + ledger.stationId() + "/gifts"))
                .json();
        for (JsonNode gift : gifts) {
            if (ledger.giftId().equals(gift.path("giftId").asText())) {
                return gift.path("stock").asLong();
            }
        }
        return -1;
    }

    private Check serverErrors() {
        List<String> errors = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> answer : tally.answers().entrySet()) {
            if (answer.getKey().startsWith("5")
                    || (!instanceMayDie && answer.getKey().equals("no answer"))) {
                errors.add(answer.getValue() + " x " + answer.getKey());
                total += answer.getValue();
            }
        }
        return new Check(
                instanceMayDie ? "server errors (5xx)" : "server errors (5xx or no answer)",
                total,
                total == 0,
                String.join("; ", errors));
    }
}
