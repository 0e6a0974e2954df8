package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.security.Scope.ADMIN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role × own/other card or station, from one table. An endpoint of the
 * service without a row fails {@link #everyEndpointOfTheServiceHasARow()}: a new endpoint
 * cannot ship without its authorisation being stated and tested.
 */
class AccessMatrixIT extends IntegrationTest {

    /** What each scope gets, in the order of {@link Scope}: ADMIN, AUDITOR, STAFF_OWN, STAFF_OTHER, VOLUNTEER_OWN, VOLUNTEER_OTHER, ANONYMOUS. */
    private record Row(String endpoint, Function<AccessWorld, Request> request, int... expected) {}

    /** A request to send; {@code path} already has its ids. */
    private record Request(String method, String path, String body, String accept) {
        static Request get(String path) {
            return new Request("GET", path, null, "application/json");
        }

        static Request post(String path, String body) {
            return new Request("POST", path, body, "application/json");
        }
    }

    // spotless:off a table: one row per endpoint, one column per scope
    private static final List<Row> MATRIX = List.of(
            new Row("POST /api/v1/stations", w -> Request.post("/api/v1/stations",
                    "{\"id\":\"m-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"M\"}"),
                    201, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/stations", w -> Request.get("/api/v1/stations"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("POST /api/v1/users", w -> Request.post("/api/v1/users", "{\"username\":\"u-"
                            + UUID.randomUUID().toString().substring(0, 8) + "\",\"password\":\"" + AccessWorld.PASSWORD
                            + "\",\"role\":\"AUDITOR\"}"),
                    201, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/users", w -> Request.get("/api/v1/users"),
                    200, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/users/me", w -> Request.get("/api/v1/users/me"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("POST /api/v1/users/{username}/disable", w -> Request.post(
                            "/api/v1/users/" + w.throwAwayUser() + "/disable", null),
                    200, 403, 403, 403, 403, 403, 401),
            new Row("POST /api/v1/users/{username}/enable", w -> Request.post(
                            "/api/v1/users/" + w.throwAwayUser() + "/enable", null),
                    200, 403, 403, 403, 403, 403, 401),
            // the new password is the current one, so the shared callers keep working
            new Row("PUT /api/v1/users/me/password", w -> new Request("PUT", "/api/v1/users/me/password",
                            "{\"currentPassword\":\"" + AccessWorld.PASSWORD + "\",\"newPassword\":\"" + AccessWorld.PASSWORD + "\"}",
                            "application/json"),
                    422, 204, 204, 204, 204, 204, 401),
            new Row("POST /api/v1/cards", w -> Request.post("/api/v1/cards", "{\"stationId\":\"" + w.stationA + "\"}"),
                    201, 403, 201, 403, 403, 403, 401),
            new Row("GET /api/v1/cards/{cardId}", w -> Request.get("/api/v1/cards/" + w.cardA),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /api/v1/cards/{cardId}/balance", w -> Request.get("/api/v1/cards/" + w.cardA + "/balance"),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /api/v1/cards/{cardId}/entries", w -> Request.get("/api/v1/cards/" + w.cardA + "/entries"),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /api/v1/cards/{cardId}/entries text/csv", w -> new Request("GET",
                            "/api/v1/cards/" + w.cardA + "/entries", null, "text/csv"),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("POST /api/v1/cards/{cardId}/volunteer-hours", w -> Request.post(
                            "/api/v1/cards/" + w.cardA + "/volunteer-hours", LedgerFixture.volunteerBody(w.stationA, 1, today())),
                    201, 403, 201, 403, 403, 403, 401),
            new Row("POST /api/v1/cards/{cardId}/study-sessions", w -> Request.post(
                            "/api/v1/cards/" + w.cardA + "/study-sessions", "{\"stationId\":\"" + w.stationA
                                    + "\",\"topic\":\"reading\",\"minutes\":30,\"occurredOn\":\"" + today().minusDays(1) + "\"}"),
                    201, 403, 201, 403, 403, 403, 401),
            new Row("POST /api/v1/cards/{cardId}/entries/{entryId}/reversal", w -> {
                String[] entry = w.cardWithEntry();
                return Request.post("/api/v1/cards/" + entry[0] + "/entries/" + entry[1] + "/reversal",
                        "{\"reason\":\"matrix\"}");
            }, 201, 403, 201, 404, 403, 403, 401),
            new Row("POST /api/v1/cards/{cardId}/closure", w -> Request.post(
                            "/api/v1/cards/" + w.cardWithHolder(w.stationA) + "/closure", "{\"reason\":\"matrix\"}"),
                    200, 403, 200, 404, 403, 403, 401),
            new Row("GET /api/v1/cards/{cardId}/holder", w -> Request.get("/api/v1/cards/" + w.cardA + "/holder"),
                    200, 403, 200, 404, 200, 404, 401),
            new Row("DELETE /api/v1/cards/{cardId}/holder", w -> new Request("DELETE",
                            "/api/v1/cards/" + w.cardWithHolder(w.stationA) + "/holder", null, "application/json"),
                    204, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/cards/{cardId}/qr image/png", w -> new Request("GET",
                            "/api/v1/cards/" + w.cardA + "/qr", null, "image/png"),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /api/v1/cards/{cardId}/qr image/svg+xml", w -> new Request("GET",
                            "/api/v1/cards/" + w.cardA + "/qr", null, "image/svg+xml"),
                    200, 200, 200, 404, 200, 404, 401),
            // the door's code: staff of the station and its kiosk (KioskIT), not auditors: a code checks people in
            new Row("GET /api/v1/stations/{stationId}/reading-room/code", w -> Request.get(
                            "/api/v1/stations/" + w.stationA + "/reading-room/code"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/stations/{stationId}/reading-room/code image/png", w -> new Request("GET",
                            "/api/v1/stations/" + w.stationA + "/reading-room/code", null, "image/png"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/stations/{stationId}/reading-room/code image/svg+xml", w -> new Request("GET",
                            "/api/v1/stations/" + w.stationA + "/reading-room/code", null, "image/svg+xml"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/audit/events", w -> Request.get("/api/v1/audit/events?limit=5"),
                    200, 200, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/audit/events text/csv", w -> new Request("GET",
                            "/api/v1/audit/events?after=" + w.recentPosition(), null, "text/csv"),
                    200, 200, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/audit/verification", w -> Request.get("/api/v1/audit/verification"),
                    200, 200, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/audit/reconciliation", w -> Request.get("/api/v1/audit/reconciliation"),
                    200, 200, 403, 403, 403, 403, 401),
            new Row("POST /api/v1/stations/{stationId}/gifts", w -> Request.post("/api/v1/stations/" + w.stationA
                            + "/gifts", "{\"name\":\"tea\",\"pointsCost\":5,\"stock\":3}"),
                    201, 403, 201, 403, 403, 403, 401),
            new Row("GET /api/v1/stations/{stationId}/gifts", w -> Request.get("/api/v1/stations/" + w.stationA + "/gifts"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("POST /api/v1/stations/{stationId}/gifts/{giftId}/restock", w -> Request.post("/api/v1/stations/"
                            + w.stationA + "/gifts/" + w.giftAt(w.stationA) + "/restock", "{\"quantity\":2}"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("POST /api/v1/stations/{stationId}/gifts/{giftId}/price", w -> Request.post("/api/v1/stations/"
                            + w.stationA + "/gifts/" + w.giftAt(w.stationA) + "/price", "{\"pointsCost\":12}"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("POST /api/v1/stations/{stationId}/gifts/{giftId}/retirement", w -> Request.post("/api/v1/stations/"
                            + w.stationA + "/gifts/" + w.giftAt(w.stationA) + "/retirement", "{}"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("POST /api/v1/cards/{cardId}/redemptions", w -> Request.post("/api/v1/cards/" + w.cardWithPoints()
                            + "/redemptions", "{\"giftId\":\"" + w.giftAt(w.stationA) + "\",\"quantity\":1}"),
                    201, 403, 201, 403, 403, 403, 401),
            new Row("POST /api/v1/redemptions/{redemptionId}/fulfilment", w -> Request.post("/api/v1/redemptions/"
                            + w.redemptionFor(w.cardWithPoints()) + "/fulfilment", "{}"),
                    200, 403, 200, 404, 404, 404, 401),
            new Row("POST /api/v1/redemptions/{redemptionId}/cancellation", w -> Request.post("/api/v1/redemptions/"
                            + w.redemptionFor(w.cardWithPoints()) + "/cancellation", "{}"),
                    200, 403, 200, 404, 404, 404, 401),
            new Row("GET /api/v1/redemptions/{redemptionId}", w -> Request.get("/api/v1/redemptions/"
                            + w.redemptionOfCardA()),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /api/v1/cards/{cardId}/redemptions", w -> Request.get("/api/v1/cards/" + w.cardA
                            + "/redemptions"),
                    200, 200, 200, 404, 200, 404, 401),
            // activities (issue 15): a fresh activity at station A for each call, planned by the admin
            new Row("POST /api/v1/stations/{stationId}/activities", w -> Request.post("/api/v1/stations/" + w.stationA
                            + "/activities", AccessWorld.ACTIVITY),
                    201, 403, 201, 403, 403, 403, 401),
            new Row("GET /api/v1/stations/{stationId}/activities", w -> Request.get("/api/v1/stations/" + w.stationA
                            + "/activities"),
                    200, 200, 200, 403, 200, 200, 401),
            new Row("GET /api/v1/activities/{activityId}", w -> Request.get("/api/v1/activities/"
                            + w.readableActivityAtA()),
                    200, 200, 200, 403, 200, 200, 401),
            new Row("POST /api/v1/activities/{activityId}/roster", w -> Request.post("/api/v1/activities/"
                            + w.activityAtA() + "/roster", "{\"cardIds\":[\"" + w.cardA + "\"]}"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("POST /api/v1/activities/{activityId}/signups", w -> Request.post("/api/v1/activities/"
                            + w.activityAtA() + "/signups", null),
                    403, 403, 403, 403, 200, 200, 401),
            // volunteers are let through and told to send the activity's code instead of a card (400)
            new Row("POST /api/v1/activities/{activityId}/check-ins", w -> Request.post("/api/v1/activities/"
                            + w.activityAtA() + "/check-ins", "{\"cardId\":\"" + w.cardA + "\"}"),
                    200, 403, 200, 403, 400, 400, 401),
            new Row("POST /api/v1/activities/{activityId}/check-outs", w -> Request.post("/api/v1/activities/"
                            + w.activityWithCardACheckedIn() + "/check-outs", "{\"cardId\":\"" + w.cardA + "\"}"),
                    200, 403, 200, 403, 400, 400, 401),
            new Row("POST /api/v1/activities/{activityId}/attendance", w -> Request.post("/api/v1/activities/"
                            + w.activityAtA() + "/attendance", "{\"entries\":[{\"cardId\":\"" + w.cardA
                            + "\",\"minutes\":30}]}"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/activities/{activityId}/check-in-code", w -> Request.get("/api/v1/activities/"
                            + w.activityAtA() + "/check-in-code"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/activities/{activityId}/check-in-code image/png", w -> new Request("GET",
                            "/api/v1/activities/" + w.activityAtA() + "/check-in-code", null, "image/png"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/activities/{activityId}/check-in-code image/svg+xml", w -> new Request("GET",
                            "/api/v1/activities/" + w.activityAtA() + "/check-in-code", null, "image/svg+xml"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("POST /api/v1/activities/{activityId}/close", w -> Request.post("/api/v1/activities/"
                            + w.activityAtA() + "/close", null),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("POST /api/v1/activities/{activityId}/cancellation", w -> Request.post("/api/v1/activities/"
                            + w.activityAtA() + "/cancellation", "{\"reason\":\"rain\"}"),
                    200, 403, 200, 403, 403, 403, 401),
            new Row("GET /api/v1/rankings", w -> Request.get("/api/v1/rankings?stationId=" + w.stationA),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("GET /api/v1/rankings/explain", w -> Request.get("/api/v1/rankings/explain?period="
                            + java.time.YearMonth.now(ZONE) + "&cardId=" + w.cardA),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /api/v1/periods", w -> Request.get("/api/v1/periods"),
                    200, 200, 200, 200, 200, 200, 401),
            // months nobody closes: the rights check comes first, then the state answers
            new Row("GET /api/v1/periods/{period}", w -> Request.get("/api/v1/periods/1999-01"),
                    404, 404, 404, 404, 404, 404, 401),
            new Row("POST /api/v1/periods/{period}/close", w -> Request.post("/api/v1/periods/1999-13/close", "{}"),
                    400, 403, 403, 403, 403, 403, 401),
            new Row("POST /api/v1/periods/{period}/objections", w -> Request.post("/api/v1/periods/1999-01/objections",
                            "{\"cardId\":\"" + w.cardA + "\",\"stationId\":\"" + w.stationA + "\",\"reason\":\"matrix\"}"),
                    409, 403, 409, 403, 403, 403, 401),
            new Row("POST /api/v1/periods/{period}/commendations", w -> Request.post(
                            "/api/v1/periods/1999-01/commendations", "{}"),
                    409, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/admin/projections", w -> Request.get("/api/v1/admin/projections"),
                    200, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/admin/projections/{name}", w -> Request.get("/api/v1/admin/projections/card_balance"),
                    200, 403, 403, 403, 403, 403, 401),
            // a rebuild of the station read model is refused as such (409) even to admins; the
            // rights check comes first, so everyone else gets 403 and rebuilds nothing
            new Row("POST /api/v1/admin/projections/{name}/rebuild", w -> Request.post(
                            "/api/v1/admin/projections/station/rebuild", null),
                    409, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/admin/dead-letters", w -> Request.get("/api/v1/admin/dead-letters"),
                    200, 403, 403, 403, 403, 403, 401),
            // a retry of a read model's parked events: safe to repeat, so admins get 200 even when nothing is parked
            new Row("POST /api/v1/admin/dead-letters/{processor}/retry", w -> Request.post(
                            "/api/v1/admin/dead-letters/ranking/retry", null),
                    200, 403, 403, 403, 403, 403, 401),
            // a well-formed code that is not the door's: the rights check comes first, then the card refuses the code
            new Row("POST /api/v1/stations/{stationId}/reading-room/sessions", w -> Request.post("/api/v1/stations/"
                            + w.stationA + "/reading-room/sessions", "{\"code\":\"00000000\"}"),
                    403, 403, 403, 403, 422, 422, 401),
            // no session of that id is open on any card: volunteers are told so by their own card
            new Row("POST /api/v1/reading-sessions/{sessionId}/end", w -> Request.post("/api/v1/reading-sessions/"
                            + UUID.randomUUID() + "/end", "{\"code\":\"00000000\"}"),
                    403, 403, 403, 403, 409, 409, 401),
            new Row("GET /api/v1/cards/{cardId}/reading-sessions", w -> Request.get("/api/v1/cards/" + w.cardA
                            + "/reading-sessions"),
                    200, 200, 200, 404, 200, 404, 401),
            // the grid and the report categories (issue 16): admins change them, every signed-in user reads them
            new Row("POST /api/v1/grid-cells", w -> Request.post("/api/v1/grid-cells", "{\"id\":\""
                            + org.pointsbank.api.grid.GridFixture.fresh("m") + "\",\"name\":\"M\",\"level\":\"COUNTY\"}"),
                    201, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/grid-cells", w -> Request.get("/api/v1/grid-cells"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("GET /api/v1/grid-cells/{id}", w -> Request.get("/api/v1/grid-cells/" + w.readableCounty()),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("POST /api/v1/grid-cells/{id}/handling-station", w -> Request.post("/api/v1/grid-cells/"
                            + w.newCounty() + "/handling-station", "{\"stationId\":\"" + w.stationB + "\"}"),
                    200, 403, 403, 403, 403, 403, 401),
            new Row("POST /api/v1/report-categories", w -> Request.post("/api/v1/report-categories", "{\"code\":\""
                            + org.pointsbank.api.grid.GridFixture.fresh("m") + "\",\"name\":\"M\",\"points\":5}"),
                    201, 403, 403, 403, 403, 403, 401),
            new Row("GET /api/v1/report-categories", w -> Request.get("/api/v1/report-categories"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("GET /api/v1/report-categories/{code}", w -> Request.get("/api/v1/report-categories/"
                            + w.readableCategory()),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("POST /api/v1/report-categories/{code}/retirement", w -> Request.post("/api/v1/report-categories/"
                            + w.newCategory() + "/retirement", null),
                    200, 403, 403, 403, 403, 403, 401),
            new Row("POST /api/v1/report-categories/{code}/points", w -> Request.post("/api/v1/report-categories/"
                            + w.newCategory() + "/points", "{\"points\":7}"),
                    200, 403, 403, 403, 403, 403, 401),
            // Open311 GeoReport v2: reads show each caller the reports they may read; filing is submitting a report
            new Row("GET /api/v1/open311/v2/services.json", w -> Request.get("/api/v1/open311/v2/services.json"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("GET /api/v1/open311/v2/requests.json", w -> Request.get("/api/v1/open311/v2/requests.json"),
                    200, 200, 200, 200, 200, 200, 401),
            new Row("GET /api/v1/open311/v2/requests/{serviceRequestId}.json", w -> Request.get(
                            "/api/v1/open311/v2/requests/" + w.open311ReportOfCardA() + ".json"),
                    200, 200, 200, 403, 200, 404, 401),
            // a form, not JSON (send() gives a body that is not JSON the form's content type)
            new Row("POST /api/v1/open311/v2/requests.json", w -> Request.post("/api/v1/open311/v2/requests.json",
                            w.open311Form()),
                    201, 403, 201, 404, 201, 404, 401),
            // problem reports (issue 16): a report of card A in a cell handled by station A, fresh for each call
            new Row("POST /api/v1/reports", w -> Request.post("/api/v1/reports", w.reportBody()),
                    201, 403, 201, 404, 201, 404, 401),
            new Row("POST /api/v1/reports/{reportId}/acceptance", w -> Request.post("/api/v1/reports/"
                            + w.reportOfCardA() + "/acceptance", "{}"),
                    200, 403, 200, 403, 403, 404, 401),
            new Row("POST /api/v1/reports/{reportId}/rejection", w -> Request.post("/api/v1/reports/"
                            + w.reportOfCardA() + "/rejection", "{\"reason\":\"matrix\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new Row("POST /api/v1/reports/{reportId}/duplicate", w -> Request.post("/api/v1/reports/"
                            + w.reportOfCardA() + "/duplicate", "{\"ofReportId\":\"" + w.reportOfCardA() + "\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new Row("POST /api/v1/reports/{reportId}/dispatch", w -> Request.post("/api/v1/reports/"
                            + w.acceptedReportOfCardA() + "/dispatch", "{\"assignee\":\"matrix team\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new Row("POST /api/v1/reports/{reportId}/resolution", w -> Request.post("/api/v1/reports/"
                            + w.acceptedReportOfCardA() + "/resolution", "{\"outcome\":\"FIXED\",\"feedback\":\"done\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            // resolved by another staff member of station A, so admins and STAFF_OWN are independent verifiers
            new Row("POST /api/v1/reports/{reportId}/verification", w -> Request.post("/api/v1/reports/"
                            + w.resolvedReportOfCardA() + "/verification", "{\"verdict\":\"CONFIRMED\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new Row("GET /api/v1/reports/{reportId}", w -> Request.get("/api/v1/reports/" + w.readableReportOfCardA()),
                    200, 200, 200, 403, 200, 404, 401),
            // staff see their own stations' reports (staff of B: an empty list)
            new Row("GET /api/v1/reports", w -> Request.get("/api/v1/reports?limit=5"),
                    200, 200, 200, 200, 403, 403, 401),
            new Row("GET /api/v1/reports/statistics", w -> Request.get("/api/v1/reports/statistics?period="
                            + java.time.YearMonth.now(ZONE)),
                    200, 200, 200, 200, 403, 403, 401),
            new Row("GET /api/v1/cards/{cardId}/reports", w -> Request.get("/api/v1/cards/" + w.cardA + "/reports"),
                    200, 200, 200, 404, 200, 404, 401),
            new Row("GET /actuator/prometheus", w -> new Request("GET", "/actuator/prometheus", null, "text/plain"),
                    200, 403, 403, 403, 403, 403, 401),
            new Row("GET /actuator/health/liveness", w -> Request.get("/actuator/health/liveness"),
                    200, 200, 200, 200, 200, 200, 200));
    // spotless:on

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private org.axonframework.commandhandling.gateway.CommandGateway gateway;

    private static AccessWorld world;

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatTheMatrixSays() {
        AccessWorld cast = world();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : MATRIX) {
            Scope[] scopes = Scope.values();
            for (int i = 0; i < scopes.length; i++) {
                Scope scope = scopes[i];
                int expected = row.expected()[i];
                tests.add(DynamicTest.dynamicTest(row.endpoint() + " as " + scope + " → " + expected, () -> {
                    Request request = row.request().apply(cast);
                    ApiResponse response = send(cast.clients.get(scope), request);
                    assertThat(response.status()).as(response.toString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyEndpointOfTheServiceHasARow() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                return;
            }
            String produces = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .filter(t -> !t.toString().equals("application/json"))
                    .map(Object::toString)
                    .findFirst()
                    .map(t -> " " + t)
                    .orElse("");
            for (var httpMethod : info.getMethodsCondition().getMethods()) {
                for (String path : info.getPatternValues()) {
                    served.add(httpMethod + " " + path + produces);
                }
            }
        });
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(row -> inMatrix.add(row.endpoint()));
        assertThat(inMatrix).containsAll(served);
        MATRIX.forEach(row -> assertThat(row.expected()).as(row.endpoint()).hasSize(Scope.values().length));
    }

    private AccessWorld world() {
        if (world == null || world.clients.get(ADMIN) == null) {
            world = new AccessWorld(admin, port, gateway);
        }
        return world;
    }

    private static ApiResponse send(ApiClient client, Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", request.accept());
        if (request.body() != null) {
            headers.put(
                    "Content-Type",
                    request.body().startsWith("{") || request.body().startsWith("[")
                            ? "application/json"
                            : "application/x-www-form-urlencoded");
        }
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        return client.send(request.method(), request.path(), request.body(), headers);
    }
}
