package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.photo.PhotoFixture;
import org.pointsbank.api.photo.TestImages;
import org.pointsbank.api.report.ReportFixture;

/**
 * The cast of the authorisation matrix: two stations, one card at station A with a volunteer
 * holding it, and a user for every {@link Scope}, each relative to that card.
 */
final class AccessWorld {

    static final String PASSWORD = "matrix-password-1";

    final String stationA;
    final String stationB;
    final String cardA;
    final Map<Scope, ApiClient> clients = new EnumMap<>(Scope.class);
    private final ApiClient admin;
    private final LedgerFixture ledger;
    private final int port;
    private final CommandGateway gateway;

    AccessWorld(ApiClient admin, int port, CommandGateway gateway) {
        this.admin = admin;
        this.port = port;
        this.gateway = gateway;
        this.ledger = new LedgerFixture(admin);
        stationA = ledger.station();
        stationB = ledger.station();
        cardA = cardWithHolder(stationA);
        String cardB = ledger.card(stationB);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        clients.put(Scope.ADMIN, admin);
        clients.put(Scope.AUDITOR, user("aud-" + tag, "{\"role\":\"AUDITOR\"", port));
        clients.put(
                Scope.STAFF_OWN,
                user("staff-a-" + tag, "{\"role\":\"STAFF\",\"stationIds\":[\"" + stationA + "\"]", port));
        clients.put(
                Scope.STAFF_OTHER,
                user("staff-b-" + tag, "{\"role\":\"STAFF\",\"stationIds\":[\"" + stationB + "\"]", port));
        clients.put(
                Scope.VOLUNTEER_OWN,
                user("vol-a-" + tag, "{\"role\":\"VOLUNTEER\",\"cardId\":\"" + cardA + "\"", port));
        clients.put(
                Scope.VOLUNTEER_OTHER,
                user("vol-b-" + tag, "{\"role\":\"VOLUNTEER\",\"cardId\":\"" + cardB + "\"", port));
        clients.put(Scope.ANONYMOUS, new ApiClient(port, null, null));
        awaitReadable(cardA);
    }

    /** A new gift in the station's shop, added by the admin. */
    String giftAt(String station) {
        ApiResponse added = admin.post(
                "/api/v1/stations/" + station + "/gifts",
                UUID.randomUUID().toString(),
                "{\"name\":\"matrix mug\",\"pointsCost\":10,\"stock\":5}");
        return added.json().get("giftId").asText();
    }

    /** A fresh card at station A with 10 points, enough for one gift of {@link #giftAt}. */
    String cardWithPoints() {
        String card = ledger.card(stationA);
        ledger.credited(card, stationA, 60, LocalDate.now(AccessMatrixIT.ZONE));
        return card;
    }

    /** A redemption, by the admin, of a gift at station A for {@code card} (which must hold 10 points). */
    String redemptionFor(String card) {
        return ledger.redeemed(card, giftAt(stationA), 1);
    }

    /** A redemption on card A itself, for the rows its volunteer may read: credits card A its 10 points first. */
    String redemptionOfCardA() {
        ledger.credited(cardA, stationA, 60, LocalDate.now(AccessMatrixIT.ZONE));
        return redemptionFor(cardA);
    }

    /** A fresh card at station A with personal data, for requests that change or erase something. */
    String cardWithHolder(String station) {
        ApiResponse issued = admin.post(
                "/api/v1/cards",
                UUID.randomUUID().toString(),
                "{\"stationId\":\"" + station
                        + "\",\"holder\":{\"name\":\"Chen Jie\",\"phone\":\"+86 137 0000 0001\"}}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().get("cardId").asText();
    }

    /** A fresh card at station A with one entry earned at A: {cardId, entryId}. */
    String[] cardWithEntry() {
        String card = ledger.card(stationA);
        return new String[] {card, ledger.credited(card, stationA, 60, LocalDate.now(AccessMatrixIT.ZONE))};
    }

    /** A throw-away auditor account, for the user-management rows that change a user. */
    String throwAwayUser() {
        String name = "tmp-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"AUDITOR\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    /** A log position near the head, so that a CSV export of the trail stays small. */
    long recentPosition() {
        return Math.max(
                0,
                admin.get("/api/v1/admin/projections/audit_entry")
                                .json()
                                .path("head")
                                .asLong()
                        - 5);
    }

    /** An activity at station A today, all day long, that volunteers may check themselves in to. */
    static final String ACTIVITY = "{\"kind\":\"VOLUNTEER\",\"title\":\"matrix clean-up\",\"date\":\""
            + LocalDate.now(AccessMatrixIT.ZONE) + "\",\"startTime\":\"08:00\",\"endTime\":\"20:00\"}";

    /** A new open activity at station A, planned by the admin. */
    String activityAtA() {
        ApiResponse planned = admin.post(
                "/api/v1/stations/" + stationA + "/activities",
                UUID.randomUUID().toString(),
                ACTIVITY);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.json().get("activityId").asText();
    }

    /** As {@link #activityAtA()}, once its read model shows it. */
    String readableActivityAtA() {
        String activity = activityAtA();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/activities/" + activity).status() == 200);
        return activity;
    }

    /** A new activity at station A with card A checked in by the admin. */
    String activityWithCardACheckedIn() {
        String activity = activityAtA();
        ApiResponse in = admin.post(
                "/api/v1/activities/" + activity + "/check-ins",
                UUID.randomUUID().toString(),
                "{\"cardId\":\"" + cardA + "\"}");
        assertThat(in.status()).as(in.toString()).isEqualTo(200);
        return activity;
    }

    private String county;
    private String category;

    /** A new county handled by station A, added by the admin. */
    String newCounty() {
        return new org.pointsbank.api.grid.GridFixture(admin).cell("COUNTY", null, stationA);
    }

    /** A new report category, added by the admin. */
    String newCategory() {
        return new org.pointsbank.api.grid.GridFixture(admin).category(5);
    }

    /** One county of the matrix, once its read model shows it. */
    String readableCounty() {
        if (county == null) {
            county = newCounty();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> admin.get("/api/v1/grid-cells/" + county).status() == 200);
        }
        return county;
    }

    /** One category of the matrix, once its read model shows it. */
    String readableCategory() {
        if (category == null) {
            category = newCategory();
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            admin.get("/api/v1/report-categories/" + category).status() == 200);
        }
        return category;
    }

    /** Open311's form for a report on card A in the matrix's county, filed as the caller. */
    String open311Form() {
        return "service_code=" + readableCategory() + "&address_string=matrix+street&description=matrix+problem"
                + "&account_id=" + cardA + "&grid_cell_id=" + readableCounty();
    }

    private String open311Report;

    /** One report on card A at station A, filed by the admin, once the reports' read model shows it. */
    String open311ReportOfCardA() {
        if (open311Report == null) {
            ApiResponse filed = admin.post(
                    "/api/v1/reports",
                    UUID.randomUUID().toString(),
                    "{\"categoryCode\":\"" + readableCategory() + "\",\"gridCellId\":\"" + readableCounty()
                            + "\",\"description\":\"matrix problem\",\"cardId\":\"" + cardA + "\"}");
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            String report = filed.json().get("reportId").asText();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> admin.get("/api/v1/open311/v2/requests/" + report + ".json")
                                    .status()
                            == 200);
            open311Report = report;
        }
        return open311Report;
    }

    private String reportCell;
    private String reportCategory;
    private ApiClient reportResolver;

    /** A submission on card A in a county handled by station A (created with its category at first use). */
    String reportBody() {
        if (reportCell == null) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            ReportFixture reports = new ReportFixture(admin, gateway);
            reportCell = reports.county(stationA);
            reportCategory = reports.category(2);
            reportResolver = user("res-a-" + tag, "{\"role\":\"STAFF\",\"stationIds\":[\"" + stationA + "\"]", port);
        }
        return "{\"categoryCode\":\"" + reportCategory + "\",\"gridCellId\":\"" + reportCell
                + "\",\"description\":\"matrix drain\",\"cardId\":\"" + cardA + "\"}";
    }

    /** A new SUBMITTED report of card A, by a staff member of station A (so admins may verify it). */
    String reportOfCardA() {
        String body = reportBody();
        ApiResponse submitted =
                reportResolver.post("/api/v1/reports", UUID.randomUUID().toString(), body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().get("reportId").asText();
    }

    String acceptedReportOfCardA() {
        String report = reportOfCardA();
        reportStep(reportResolver, report, "acceptance", "{}");
        return report;
    }

    /** Accepted and resolved by a staff member of station A who is none of the matrix's users. */
    String resolvedReportOfCardA() {
        String report = acceptedReportOfCardA();
        reportStep(reportResolver, report, "resolution", "{\"outcome\":\"FIXED\",\"feedback\":\"done\"}");
        return report;
    }

    /** As {@link #reportOfCardA()}, once its read model shows it. */
    String readableReportOfCardA() {
        String report = reportOfCardA();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/reports/" + report).status() == 200);
        return report;
    }

    /** The path of a new photo of a new report of card A. */
    String photoOfCardA() {
        String report = reportOfCardA();
        ApiResponse uploaded = PhotoFixture.upload(admin, report, "image/png", TestImages.png(8, 8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return PhotoFixture.photoPath(report, uploaded.json().get("photoId").asText());
    }

    private static void reportStep(ApiClient as, String report, String step, String body) {
        ApiResponse done = as.post(
                "/api/v1/reports/" + report + "/" + step, UUID.randomUUID().toString(), body);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    void awaitReadable(String card) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + card).status() == 200);
    }

    private ApiClient user(String username, String scopeJson, int port) {
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                scopeJson + ",\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new ApiClient(port, username, PASSWORD);
    }
}
