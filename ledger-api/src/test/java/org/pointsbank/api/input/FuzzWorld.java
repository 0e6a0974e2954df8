package org.pointsbank.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.input.HostileInputFuzzIT.STAFF_PASSWORD;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.photo.PhotoFixture;

/**
 * The world {@link HostileInputFuzzIT} aims at: a station with a staff member, a card with entries, a gift and a
 * redemption, a second card to close, an auditor to be the victim of account endpoints, a report with its original
 * and a photo. Built once through the API, before the fuzzing starts.
 */
final class FuzzWorld {

    private final LedgerFixture ledger;
    private final ApiClient admin;
    private final CommandGateway gateway;
    private Map<String, String> world;
    private String staff;

    FuzzWorld(LedgerFixture ledger, ApiClient admin, CommandGateway gateway) {
        this.ledger = ledger;
        this.admin = admin;
        this.gateway = gateway;
    }

    /** The staff member of the station, signed in as the fuzz's second client. */
    String staff() {
        return staff;
    }

    private static LocalDate today() {
        return LocalDate.now(IntegrationTest.ZONE);
    }

    Map<String, String> build() {
        String station = ledger.station();
        String card = ledger.card(station);
        String entry = ledger.credited(card, station, 600, today());
        ledger.credited(card, station, 600, today().minusDays(1));
        String gift = ledger.gift(station, 5, 1_000, null);
        String redemption = ledger.redeemed(card, gift, 1);
        staff = "fz-staff-" + UUID.randomUUID().toString().substring(0, 8);
        String victim = "fz-victim-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post(
                                "/api/v1/users",
                                null,
                                "{\"username\":\"" + staff + "\",\"password\":\"" + STAFF_PASSWORD
                                        + "\",\"role\":\"STAFF\",\"stationIds\":[\"" + station + "\"]}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.post(
                                "/api/v1/users",
                                null,
                                "{\"username\":\"" + victim + "\",\"password\":\"" + STAFF_PASSWORD
                                        + "\",\"role\":\"AUDITOR\"}")
                        .status())
                .isEqualTo(201);
        world = Map.of(
                "stationId",
                station,
                "cardId",
                card,
                "entryId",
                entry,
                "giftId",
                gift,
                "redemptionId",
                redemption,
                "victim",
                victim,
                "closableCard",
                ledger.card(station));
        world = new java.util.HashMap<>(world);
        world.put(
                "certificateId",
                admin.post(
                                "/api/v1/cards/" + card + "/certificates",
                                UUID.randomUUID().toString(),
                                null)
                        .json()
                        .get("certificateId")
                        .asText());
        reportWorld(station, card);
        world.put(
                "photoId",
                PhotoFixture.upload(admin, world.get("reportId"), "image/png", FuzzImages.VALID_PNG)
                        .json()
                        .get("photoId")
                        .asText());
        return world;
    }

    /** A report of the card in a county its station handles, and another as the original of a duplicate. */
    private void reportWorld(String station, String card) {
        org.pointsbank.api.report.ReportFixture reports = new org.pointsbank.api.report.ReportFixture(admin, gateway);
        world.put("gridCellId", reports.county(station));
        world.put("categoryCode", reports.category(4));
        world.put("reportId", reports.submitted(admin, card, world.get("categoryCode"), world.get("gridCellId")));
        world.put(
                "originalReportId", reports.submitted(admin, card, world.get("categoryCode"), world.get("gridCellId")));
    }
}
