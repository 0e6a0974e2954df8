package org.pointsbank.api.security;

import static org.pointsbank.api.IntegrationTest.ZONE;

import java.util.List;
import java.util.UUID;
import org.pointsbank.api.LedgerFixture;

/** The access matrix of the ledger: stations, accounts, cards, credits, gifts, redemptions, rankings, periods, audit, activities, reading rooms, certificates and operations. */
final class LedgerAccessRows {

    private LedgerAccessRows() {}

    // spotless:off a table: one row per endpoint, one column per scope
    static final List<AccessRow> ROWS = List.of(
            new AccessRow("POST /api/v1/stations", w -> AccessRequest.post("/api/v1/stations",
                    "{\"id\":\"m-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"M\"}"),
                    201, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/stations", w -> AccessRequest.get("/api/v1/stations"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("POST /api/v1/users", w -> AccessRequest.post("/api/v1/users", "{\"username\":\"u-"
                            + UUID.randomUUID().toString().substring(0, 8) + "\",\"password\":\"" + AccessWorld.PASSWORD
                            + "\",\"role\":\"AUDITOR\"}"),
                    201, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/users", w -> AccessRequest.get("/api/v1/users"),
                    200, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/users/me", w -> AccessRequest.get("/api/v1/users/me"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("POST /api/v1/users/{username}/disable", w -> AccessRequest.post(
                            "/api/v1/users/" + w.throwAwayUser() + "/disable", null),
                    200, 403, 403, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/users/{username}/enable", w -> AccessRequest.post(
                            "/api/v1/users/" + w.throwAwayUser() + "/enable", null),
                    200, 403, 403, 403, 403, 403, 401),
            // the new password is the current one, so the shared callers keep working
            new AccessRow("PUT /api/v1/users/me/password", w -> new AccessRequest("PUT", "/api/v1/users/me/password",
                            "{\"currentPassword\":\"" + AccessWorld.PASSWORD + "\",\"newPassword\":\"" + AccessWorld.PASSWORD + "\"}",
                            "application/json"),
                    422, 204, 204, 204, 204, 204, 401),
            new AccessRow("POST /api/v1/cards", w -> AccessRequest.post("/api/v1/cards", "{\"stationId\":\"" + w.stationA + "\"}"),
                    201, 403, 201, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/cards/{cardId}", w -> AccessRequest.get("/api/v1/cards/" + w.cardA),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/balance", w -> AccessRequest.get("/api/v1/cards/" + w.cardA + "/balance"),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/entries", w -> AccessRequest.get("/api/v1/cards/" + w.cardA + "/entries"),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/entries text/csv", w -> new AccessRequest("GET",
                            "/api/v1/cards/" + w.cardA + "/entries", null, "text/csv"),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("POST /api/v1/cards/{cardId}/volunteer-hours", w -> AccessRequest.post(
                            "/api/v1/cards/" + w.cardA + "/volunteer-hours", LedgerFixture.volunteerBody(w.stationA, 1, java.time.LocalDate.now(ZONE))),
                    201, 403, 201, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/cards/{cardId}/study-sessions", w -> AccessRequest.post(
                            "/api/v1/cards/" + w.cardA + "/study-sessions", "{\"stationId\":\"" + w.stationA
                                    + "\",\"topic\":\"reading\",\"minutes\":30,\"occurredOn\":\"" + java.time.LocalDate.now(ZONE).minusDays(1) + "\"}"),
                    201, 403, 201, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/cards/{cardId}/entries/{entryId}/reversal", w -> {
                String[] entry = w.cardWithEntry();
                return AccessRequest.post("/api/v1/cards/" + entry[0] + "/entries/" + entry[1] + "/reversal",
                        "{\"reason\":\"matrix\"}");
            }, 201, 403, 201, 404, 403, 403, 401),
            new AccessRow("POST /api/v1/cards/{cardId}/closure", w -> AccessRequest.post(
                            "/api/v1/cards/" + w.cardWithHolder(w.stationA) + "/closure", "{\"reason\":\"matrix\"}"),
                    200, 403, 200, 404, 403, 403, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/holder", w -> AccessRequest.get("/api/v1/cards/" + w.cardA + "/holder"),
                    200, 403, 200, 404, 200, 404, 401),
            new AccessRow("DELETE /api/v1/cards/{cardId}/holder", w -> new AccessRequest("DELETE",
                            "/api/v1/cards/" + w.cardWithHolder(w.stationA) + "/holder", null, "application/json"),
                    204, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/qr image/png", w -> new AccessRequest("GET",
                            "/api/v1/cards/" + w.cardA + "/qr", null, "image/png"),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/qr image/svg+xml", w -> new AccessRequest("GET",
                            "/api/v1/cards/" + w.cardA + "/qr", null, "image/svg+xml"),
                    200, 200, 200, 404, 200, 404, 401),
            // the door's code: staff of the station and its kiosk (KioskIT), not auditors: a code checks people in
            new AccessRow("GET /api/v1/stations/{stationId}/reading-room/code", w -> AccessRequest.get(
                            "/api/v1/stations/" + w.stationA + "/reading-room/code"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/stations/{stationId}/reading-room/code image/png", w -> new AccessRequest("GET",
                            "/api/v1/stations/" + w.stationA + "/reading-room/code", null, "image/png"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/stations/{stationId}/reading-room/code image/svg+xml", w -> new AccessRequest("GET",
                            "/api/v1/stations/" + w.stationA + "/reading-room/code", null, "image/svg+xml"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/audit/events", w -> AccessRequest.get("/api/v1/audit/events?limit=5"),
                    200, 200, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/audit/events text/csv", w -> new AccessRequest("GET",
                            "/api/v1/audit/events?after=" + w.recentPosition(), null, "text/csv"),
                    200, 200, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/audit/verification", w -> AccessRequest.get("/api/v1/audit/verification"),
                    200, 200, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/audit/reconciliation", w -> AccessRequest.get("/api/v1/audit/reconciliation"),
                    200, 200, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/audit/checks", w -> AccessRequest.get("/api/v1/audit/checks"),
                    200, 200, 403, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/stations/{stationId}/gifts", w -> AccessRequest.post("/api/v1/stations/" + w.stationA
                            + "/gifts", "{\"name\":\"tea\",\"pointsCost\":5,\"stock\":3}"),
                    201, 403, 201, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/stations/{stationId}/gifts", w -> AccessRequest.get("/api/v1/stations/" + w.stationA + "/gifts"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("POST /api/v1/stations/{stationId}/gifts/{giftId}/restock", w -> AccessRequest.post("/api/v1/stations/"
                            + w.stationA + "/gifts/" + w.giftAt(w.stationA) + "/restock", "{\"quantity\":2}"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/stations/{stationId}/gifts/{giftId}/price", w -> AccessRequest.post("/api/v1/stations/"
                            + w.stationA + "/gifts/" + w.giftAt(w.stationA) + "/price", "{\"pointsCost\":12}"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/stations/{stationId}/gifts/{giftId}/retirement", w -> AccessRequest.post("/api/v1/stations/"
                            + w.stationA + "/gifts/" + w.giftAt(w.stationA) + "/retirement", "{}"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/cards/{cardId}/redemptions", w -> AccessRequest.post("/api/v1/cards/" + w.cardWithPoints()
                            + "/redemptions", "{\"giftId\":\"" + w.giftAt(w.stationA) + "\",\"quantity\":1}"),
                    201, 403, 201, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/redemptions/{redemptionId}/fulfilment", w -> AccessRequest.post("/api/v1/redemptions/"
                            + w.redemptionFor(w.cardWithPoints()) + "/fulfilment", "{}"),
                    200, 403, 200, 404, 404, 404, 401),
            new AccessRow("POST /api/v1/redemptions/{redemptionId}/cancellation", w -> AccessRequest.post("/api/v1/redemptions/"
                            + w.redemptionFor(w.cardWithPoints()) + "/cancellation", "{}"),
                    200, 403, 200, 404, 404, 404, 401),
            new AccessRow("GET /api/v1/redemptions/{redemptionId}", w -> AccessRequest.get("/api/v1/redemptions/"
                            + w.redemptionOfCardA()),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/redemptions", w -> AccessRequest.get("/api/v1/cards/" + w.cardA
                            + "/redemptions"),
                    200, 200, 200, 404, 200, 404, 401),
            // activities (issue 15): a fresh activity at station A for each call, planned by the admin
            new AccessRow("POST /api/v1/stations/{stationId}/activities", w -> AccessRequest.post("/api/v1/stations/" + w.stationA
                            + "/activities", AccessWorld.ACTIVITY),
                    201, 403, 201, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/stations/{stationId}/activities", w -> AccessRequest.get("/api/v1/stations/" + w.stationA
                            + "/activities"),
                    200, 200, 200, 403, 200, 200, 401),
            new AccessRow("GET /api/v1/activities/{activityId}", w -> AccessRequest.get("/api/v1/activities/"
                            + w.readableActivityAtA()),
                    200, 200, 200, 403, 200, 200, 401),
            new AccessRow("POST /api/v1/activities/{activityId}/roster", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityAtA() + "/roster", "{\"cardIds\":[\"" + w.cardA + "\"]}"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/activities/{activityId}/signups", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityAtA() + "/signups", null),
                    403, 403, 403, 403, 200, 200, 401),
            // volunteers are let through and told to send the activity's code instead of a card (400)
            new AccessRow("POST /api/v1/activities/{activityId}/check-ins", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityAtA() + "/check-ins", "{\"cardId\":\"" + w.cardA + "\"}"),
                    200, 403, 200, 403, 400, 400, 401),
            new AccessRow("POST /api/v1/activities/{activityId}/check-outs", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityWithCardACheckedIn() + "/check-outs", "{\"cardId\":\"" + w.cardA + "\"}"),
                    200, 403, 200, 403, 400, 400, 401),
            new AccessRow("POST /api/v1/activities/{activityId}/attendance", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityAtA() + "/attendance", "{\"entries\":[{\"cardId\":\"" + w.cardA
                            + "\",\"minutes\":30}]}"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/activities/{activityId}/check-in-code", w -> AccessRequest.get("/api/v1/activities/"
                            + w.activityAtA() + "/check-in-code"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/activities/{activityId}/check-in-code image/png", w -> new AccessRequest("GET",
                            "/api/v1/activities/" + w.activityAtA() + "/check-in-code", null, "image/png"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/activities/{activityId}/check-in-code image/svg+xml", w -> new AccessRequest("GET",
                            "/api/v1/activities/" + w.activityAtA() + "/check-in-code", null, "image/svg+xml"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/activities/{activityId}/close", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityAtA() + "/close", null),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/activities/{activityId}/cancellation", w -> AccessRequest.post("/api/v1/activities/"
                            + w.activityAtA() + "/cancellation", "{\"reason\":\"rain\"}"),
                    200, 403, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/rankings", w -> AccessRequest.get("/api/v1/rankings?stationId=" + w.stationA),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("GET /api/v1/rankings/explain", w -> AccessRequest.get("/api/v1/rankings/explain?period="
                            + java.time.YearMonth.now(ZONE) + "&cardId=" + w.cardA),
                    200, 200, 200, 404, 200, 404, 401),
            // the charts' figures: a station's month (its staff, auditors, admins) and a card's months (its readers)
            new AccessRow("GET /api/v1/stations/{stationId}/overview", w -> AccessRequest.get("/api/v1/stations/"
                            + w.stationA + "/overview"),
                    200, 200, 200, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/months", w -> AccessRequest.get("/api/v1/cards/" + w.cardA
                            + "/months"),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/periods", w -> AccessRequest.get("/api/v1/periods"),
                    200, 200, 200, 200, 200, 200, 401),
            // months nobody closes: the rights check comes first, then the state answers
            new AccessRow("GET /api/v1/periods/{period}", w -> AccessRequest.get("/api/v1/periods/1999-01"),
                    404, 404, 404, 404, 404, 404, 401),
            new AccessRow("POST /api/v1/periods/{period}/close", w -> AccessRequest.post("/api/v1/periods/1999-13/close", "{}"),
                    400, 403, 403, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/periods/{period}/objections", w -> AccessRequest.post("/api/v1/periods/1999-01/objections",
                            "{\"cardId\":\"" + w.cardA + "\",\"stationId\":\"" + w.stationA + "\",\"reason\":\"matrix\"}"),
                    409, 403, 409, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/periods/{period}/commendations", w -> AccessRequest.post(
                            "/api/v1/periods/1999-01/commendations", "{}"),
                    409, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/admin/projections", w -> AccessRequest.get("/api/v1/admin/projections"),
                    200, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/admin/projections/{name}", w -> AccessRequest.get("/api/v1/admin/projections/card_balance"),
                    200, 403, 403, 403, 403, 403, 401),
            // a rebuild of the event log's hash chain is refused as such (409) even to admins; the
            // rights check comes first, so everyone else gets 403 and rebuilds nothing
            new AccessRow("POST /api/v1/admin/projections/{name}/rebuild", w -> AccessRequest.post(
                            "/api/v1/admin/projections/event_hash_chain/rebuild", null),
                    409, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/admin/dead-letters", w -> AccessRequest.get("/api/v1/admin/dead-letters"),
                    200, 403, 403, 403, 403, 403, 401),
            // a retry of a read model's parked events: safe to repeat, so admins get 200 even when nothing is parked
            new AccessRow("POST /api/v1/admin/dead-letters/{processor}/retry", w -> AccessRequest.post(
                            "/api/v1/admin/dead-letters/ranking/retry", null),
                    200, 403, 403, 403, 403, 403, 401),
            // a well-formed code that is not the door's: the rights check comes first, then the card refuses the code
            new AccessRow("POST /api/v1/stations/{stationId}/reading-room/sessions", w -> AccessRequest.post("/api/v1/stations/"
                            + w.stationA + "/reading-room/sessions", "{\"code\":\"00000000\"}"),
                    403, 403, 403, 403, 422, 422, 401),
            // no session of that id is open on any card: volunteers are told so by their own card
            new AccessRow("POST /api/v1/reading-sessions/{sessionId}/end", w -> AccessRequest.post("/api/v1/reading-sessions/"
                            + UUID.randomUUID() + "/end", "{\"code\":\"00000000\"}"),
                    403, 403, 403, 403, 409, 409, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/reading-sessions", w -> AccessRequest.get("/api/v1/cards/" + w.cardA
                            + "/reading-sessions"),
                    200, 200, 200, 404, 200, 404, 401),
            // certificates: staff of the card's station and its volunteer issue and read them; the verification is public
            new AccessRow("POST /api/v1/cards/{cardId}/certificates", w -> AccessRequest.post("/api/v1/cards/" + w.cardA
                            + "/certificates", "{}"),
                    201, 403, 201, 404, 201, 404, 401),
            new AccessRow("GET /api/v1/certificates/{certificateId}", w -> AccessRequest.get("/api/v1/certificates/"
                            + CertificateAccess.ofCardA(w)),
                    200, 404, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/certificates/{certificateId} application/pdf", w -> new AccessRequest("GET",
                            "/api/v1/certificates/" + CertificateAccess.ofCardA(w), null, "application/pdf"),
                    200, 404, 200, 404, 200, 404, 401),
            new AccessRow("GET /api/v1/certificates/{certificateId}/verification", w -> AccessRequest.get(
                            "/api/v1/certificates/" + CertificateAccess.ofCardA(w) + "/verification"),
                    200, 200, 200, 200, 200, 200, 200),
            new AccessRow("GET /api/v1/certificates/{certificateId}/verification text/html", w -> new AccessRequest("GET",
                            "/api/v1/certificates/" + CertificateAccess.ofCardA(w) + "/verification", null, "text/html"),
                    200, 200, 200, 200, 200, 200, 200),
            new AccessRow("GET /actuator/prometheus", w -> new AccessRequest("GET", "/actuator/prometheus", null, "text/plain"),
                    200, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /actuator/health/liveness", w -> AccessRequest.get("/actuator/health/liveness"),
                    200, 200, 200, 200, 200, 200, 200));
    // spotless:on
}
