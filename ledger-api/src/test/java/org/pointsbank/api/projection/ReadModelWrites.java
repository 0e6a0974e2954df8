package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.report.ReportFixture;

/**
 * One write through the service for each rebuildable read model, one that changes that read model's tables: set up
 * once (a station, a credited card with a holder, a gift, a grid cell and a category), each write runs once.
 */
final class ReadModelWrites {

    private static final String PASSWORD = "read-model-writes-1";

    private final ApiClient admin;
    private final LedgerFixture ledger;
    private final ReportFixture reports;
    private final CheckInCodes codes;
    private final LocalDate today;
    private final String station;
    private final String card;
    private final String gift;
    private final String cell;
    private final String category;

    ReadModelWrites(ApiClient admin, CommandGateway gateway, CheckInCodes codes, LocalDate today) {
        this.admin = admin;
        this.ledger = new LedgerFixture(admin);
        this.reports = new ReportFixture(admin, gateway);
        this.codes = codes;
        this.today = today;
        this.station = ledger.station();
        this.card = cardWithHolder();
        ledger.credited(card, station, 120, today.minusDays(1));
        this.gift = ledger.gift(station, 1, 50, null);
        this.cell = reports.county(station);
        this.category = reports.category(3);
    }

    /** The write that changes {@code readModel}'s tables, by read model. */
    Map<String, Runnable> byReadModel() {
        Runnable credit = () -> ledger.credited(card, station, 12, today);
        Runnable activity = () -> ok(admin.post(
                "/api/v1/stations/" + station + "/activities",
                key(),
                "{\"kind\":\"VOLUNTEER\",\"title\":\"River bank clean-up\",\"date\":\"" + today.plusDays(7)
                        + "\",\"startTime\":\"09:00\",\"endTime\":\"10:00\"}"));
        return Map.ofEntries(
                Map.entry("station", ledger::station),
                Map.entry("card_directory", () -> ledger.card(station)),
                Map.entry("period", this::closeAMonth),
                Map.entry("gift", () -> ledger.gift(station, 2, 3, null)),
                Map.entry("redemption", () -> ledger.redeemed(card, gift, 1)),
                Map.entry("activity_directory", activity),
                Map.entry("activity", activity),
                Map.entry("audit_entry", credit),
                Map.entry("card_balance", credit),
                Map.entry("statement_entry", credit),
                Map.entry("ranking", credit),
                Map.entry("reading_session", this::startAReadingSession),
                Map.entry("grid_cell", () -> reports.county(station)),
                Map.entry("report_category", () -> reports.category(4)),
                Map.entry("problem_report", () -> {
                    String reporter = ledger.card(station);
                    reports.submitted(volunteer(reporter), reporter, category, cell);
                }),
                Map.entry(
                        "certificate",
                        () -> ok(admin.post(
                                "/api/v1/cards/" + card + "/certificates",
                                key(),
                                "{\"from\":\"" + today.minusDays(1) + "\"}"))));
    }

    /** Closes a month long past that no test closed yet (another one if it was). */
    private void closeAMonth() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String month = String.format(
                    "%d-%02d",
                    1900 + ThreadLocalRandom.current().nextInt(80),
                    1 + ThreadLocalRandom.current().nextInt(12));
            ApiResponse closed = admin.post("/api/v1/periods/" + month + "/close", key(), "{\"topN\":3}");
            if (closed.status() == 201) {
                return;
            }
            assertThat(closed.code()).as(closed.toString()).isEqualTo("PERIOD_ALREADY_CLOSED");
        }
        throw new AssertionError("no month left to close");
    }

    private void startAReadingSession() {
        String reader = ledger.card(station);
        String code = codes.current(CheckInCodes.readingRoomScope(station)).code();
        ok(volunteer(reader)
                .post("/api/v1/stations/" + station + "/reading-room/sessions", key(), "{\"code\":\"" + code + "\"}"));
    }

    private ApiClient volunteer(String cardId) {
        String username = "writes-" + UUID.randomUUID().toString().substring(0, 8);
        ok(admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"VOLUNTEER\","
                        + "\"cardId\":\"" + cardId + "\"}"));
        return admin.as(username, PASSWORD);
    }

    private String cardWithHolder() {
        ApiResponse created =
                admin.post("/api/v1/cards", key(), "{\"stationId\":\"" + station + "\",\"holder\":{\"name\":\"王小明\"}}");
        ok(created);
        return created.json().get("cardId").asText();
    }

    private static void ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
