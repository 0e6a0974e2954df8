package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a close did and how long it took: attendees credited, refused (by code), no-shows; {@code resent} is how
 * many times the close was sent again after a {@code 202} before it answered {@code 200}.
 */
record CloseOutcome(long nanos, long credited, SortedMap<String, Long> refused, long noShows, long resent) {

    CloseOutcome {
        refused = new TreeMap<>(refused);
    }

    /** From the close's {@code 200 {credited: [...], refused: [{cardId, code}], noShows: [...]}}. */
    static CloseOutcome of(JsonNode body, long nanos, long resent) {
        SortedMap<String, Long> refused = new TreeMap<>();
        body.path("refused").forEach(line -> refused.merge(line.path("code").asText("?"), 1L, Long::sum));
        return new CloseOutcome(
                nanos,
                body.path("credited").size(),
                refused,
                body.path("noShows").size(),
                resent);
    }

    double millis() {
        return nanos / 1e6;
    }

    long refusedCount() {
        return refused.values().stream().mapToLong(Long::longValue).sum();
    }
}
