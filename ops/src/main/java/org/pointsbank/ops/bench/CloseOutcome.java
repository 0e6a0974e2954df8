package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a close did and how long it took: attendees credited, refused (by code), no-shows; {@code polls} is how
 * many reads of the activity it took to see a close answered {@code 202} finish (0 for a {@code 200}).
 */
record CloseOutcome(long nanos, long credited, SortedMap<String, Long> refused, long noShows, long polls) {

    CloseOutcome {
        refused = new TreeMap<>(refused);
    }

    /** From the close's {@code 200 {credited: [...], refused: [{cardId, code}], noShows: [...]}}. */
    static CloseOutcome ofClose(JsonNode body, long nanos, long polls) {
        SortedMap<String, Long> refused = new TreeMap<>();
        body.path("refused").forEach(line -> count(refused, line.path("code").asText("?")));
        return new CloseOutcome(
                nanos,
                body.path("credited").size(),
                refused,
                body.path("noShows").size(),
                polls);
    }

    /** From the closed activity's roster: lines {@code CREDITED}, {@code REFUSED} (with their refusal), {@code NO_SHOW}. */
    static CloseOutcome ofRoster(JsonNode activity, long nanos, long polls) {
        long credited = 0;
        long noShows = 0;
        SortedMap<String, Long> refused = new TreeMap<>();
        for (JsonNode line : activity.path("roster")) {
            switch (line.path("status").asText()) {
                case "CREDITED" -> credited++;
                case "NO_SHOW" -> noShows++;
                case "REFUSED" -> count(refused, refusal(line.path("refusal")));
                default -> {}
            }
        }
        return new CloseOutcome(nanos, credited, refused, noShows, polls);
    }

    double millis() {
        return nanos / 1e6;
    }

    long refusedCount() {
        return refused.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String refusal(JsonNode refusal) {
        return refusal.isObject() ? refusal.path("code").asText("?") : refusal.asText("?");
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }
}
