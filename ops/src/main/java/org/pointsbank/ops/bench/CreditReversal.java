package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.pointsbank.ops.OpsFailure;

/**
 * The two requests {@code bench deep} repeats on one card: a {@value CreditOperation#MINUTES}-minute volunteer
 * credit on today's date (or a given one), {@code POST /api/v1/cards/{cardId}/volunteer-hours}, and the reversal of the entry it
 * answered, {@code POST /api/v1/cards/{cardId}/entries/{entryId}/reversal}. A reversal gives the minutes back, so
 * pairs stay under the daily cap however many there are. Each answered 201 is one event of the card.
 */
final class CreditReversal {

    static final String REVERSAL_BODY = "{\"reason\":\"bench\"}";
    private static final int STATEMENT_PAGE = 1000;

    private final BenchHttp http;
    private final BenchCard card;
    private final Supplier<LocalDate> today;

    /** Credits {@code card} at its station, on the date {@code today} gives at the time of each credit. */
    CreditReversal(BenchHttp http, BenchCard card, Supplier<LocalDate> today) {
        this.http = http;
        this.card = card;
        this.today = today;
    }

    String cardId() {
        return card.cardId();
    }

    HttpAnswer credit(String idempotencyKey) throws IOException, InterruptedException {
        return credit(idempotencyKey, today.get());
    }

    /** A credit dated {@code occurredOn} (a backdated fill). */
    HttpAnswer credit(String idempotencyKey, LocalDate occurredOn) throws IOException, InterruptedException {
        return http.post(
                "/api/v1/cards/" + card.cardId() + "/volunteer-hours",
                CreditOperation.body(card.stationId(), occurredOn),
                idempotencyKey);
    }

    HttpAnswer reverse(String entryId, String idempotencyKey) throws IOException, InterruptedException {
        return http.post(
                "/api/v1/cards/" + card.cardId() + "/entries/" + entryId + "/reversal", REVERSAL_BODY, idempotencyKey);
    }

    /** A fresh {@code Idempotency-Key}. */
    static String key() {
        return "bench-deep-" + UUID.randomUUID();
    }

    /** The {@code entryId} a credit answered, or null when the body has none. */
    static String entryId(HttpAnswer answer) {
        try {
            String entryId = answer.json().path("entryId").asText("");
            return entryId.isEmpty() ? null : entryId;
        } catch (IOException notJson) {
            return null;
        }
    }

    /**
     * A card's events as its statement ({@code GET /api/v1/cards/{cardId}/entries}, a read model) shows them:
     * CardIssued and one per line, a credit or a reversal. A statement that trails the ledger counts low.
     */
    static long countEvents(BenchHttp http, String cardId) throws IOException, InterruptedException {
        long lines = 0;
        String cursor = null;
        do {
            HttpAnswer answer = http.get("/api/v1/cards/" + cardId + "/entries?limit=" + STATEMENT_PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            if (answer.status() != 200) {
                throw Seeder.refused("reading the statement of card " + cardId, answer);
            }
            JsonNode page = answer.json();
            lines += page.path("entries").size();
            String next = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
            if (next != null && next.equals(cursor)) {
                throw new OpsFailure(
                        "reading the statement of card " + cardId + ": the next page is the same one again");
            }
            cursor = next;
        } while (cursor != null);
        return 1 + lines;
    }
}
