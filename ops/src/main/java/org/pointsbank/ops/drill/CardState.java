package org.pointsbank.ops.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.bench.BenchHttp;
import org.pointsbank.ops.bench.HttpAnswer;

/**
 * One card as the read side shows it: the statement lines per drill key and per redemption (its
 * {@code GIFT_REDEMPTION} lines), the balance and available points, and the redemptions listed for it.
 */
record CardState(
        String cardId,
        Map<String, Integer> linesByKey,
        Map<String, Integer> redemptionLines,
        long balance,
        long available,
        JsonNode redemptions) {

    static CardState read(BenchHttp http, String cardId, String keyPrefix) throws IOException, InterruptedException {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> redemptionLines = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = ok(http.get("/api/v1/cards/" + cardId + "/entries?limit=1000"
                            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))))
                    .json();
            for (JsonNode line : page.path("entries")) {
                String description = line.path("description").asText("");
                if (description.startsWith(keyPrefix)) {
                    byKey.merge(description.substring("drill ".length()), 1, Integer::sum);
                }
                if ("GIFT_REDEMPTION".equals(line.path("type").asText())) {
                    redemptionLines.merge(line.path("entryId").asText(), 1, Integer::sum);
                }
            }
            cursor = page.path("nextCursor").isTextual()
                    ? page.path("nextCursor").asText()
                    : null;
        } while (cursor != null);
        JsonNode card = ok(http.get("/api/v1/cards/" + cardId)).json();
        JsonNode redemptions = ok(http.get("/api/v1/cards/" + cardId + "/redemptions?limit=500"))
                .json();
        return new CardState(
                cardId,
                byKey,
                redemptionLines,
                card.path("balance").asLong(),
                card.path("available").asLong(),
                redemptions);
    }

    long held() {
        return balance - available;
    }

    static HttpAnswer ok(HttpAnswer answer) {
        if (answer.status() != 200) {
            throw new OpsFailure(
                    "cluster drill: reading the ledger was answered " + answer.errorKey() + ": " + answer.detail());
        }
        return answer;
    }
}
