package org.pointsbank.api.input;

import static org.pointsbank.api.IntegrationTest.ADMIN_PASSWORD;
import static org.pointsbank.api.IntegrationTest.ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The valid values {@link HostileInputFuzzIT} puts beside the one hostile value of a request: path variables,
 * query parameters and body fields by name, taken from the world the test built (ids of a station, card, entry, gift,
 * redemption, report and photo).
 */
final class FuzzValues {

    private static final String STAFF_PASSWORD = HostileInputFuzzIT.STAFF_PASSWORD;

    private final Map<String, String> world;
    private final AtomicLong unique = new AtomicLong();

    FuzzValues(Map<String, String> world) {
        this.world = world;
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    String path(String name, FuzzedEndpoint endpoint) {
        if (name.equals("cardId") && endpoint.pattern().endsWith("/closure")) {
            return world.get("closableCard");
        }
        return switch (name) {
            case "username" -> world.get("victim");
            case "name" -> "station"; // a rebuild of it is refused: no read model replays under the fuzz
            case "period" -> "1987-03";
            default -> world.getOrDefault(name, "fuzz");
        };
    }

    String query(String parameter) {
        return switch (parameter) {
            case "asOf", "from", "to" -> Instant.now().toString();
            case "period" -> YearMonth.now(ZONE).toString();
            case "cardId", "stationId" -> world.get(parameter);
            case "category" -> "all";
            case "limit" -> "10";
            case "after" -> "0";
            default -> null;
        };
    }

    /** A valid value of a body field by its name; null leaves it to the field's type. */
    Object body(String field, String client) {
        return switch (field) {
            case "stationId", "cardId", "giftId", "entryId" -> world.get(field);
            case "stationIds" -> new ArrayList<>(List.of(world.get("stationId")));
            case "id" ->
                "fz-" + unique.incrementAndGet() + "-"
                        + UUID.randomUUID().toString().substring(0, 6);
            case "username" ->
                "fz-user-" + unique.incrementAndGet() + "-"
                        + UUID.randomUUID().toString().substring(0, 6);
            case "password" -> "fuzz-new-user-password";
            case "currentPassword", "newPassword" -> client.equals("admin") ? ADMIN_PASSWORD : STAFF_PASSWORD;
            case "role" -> "AUDITOR";
            case "minutes" -> 30;
            case "occurredOn" -> today().toString();
            case "quantity" -> 1;
            case "pointsCost" -> 5;
            case "stock" -> 3;
            case "phone" -> "+86 138 0000 0000";
            case "perCardMonthlyLimit", "topN", "noticeDays", "bonusPoints" -> 1;
            case "categoryCode", "gridCellId" -> world.get(field);
            case "ofReportId" -> world.get("originalReportId");
            case "verdict" -> "NOT_FIXED";
            case "outcome" -> "FIXED";
            default -> null;
        };
    }
}
