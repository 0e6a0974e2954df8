package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.security.ApiPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who opens which page: every page handler (walked from the handler mappings, so a new page needs a row here) ×
 * anonymous and each role → 302 to the sign-in page, 403, or opened. Rows marked TODO are pages of §4 of the plan that
 * are not built yet: their security is already decided by the page chain, and "opened" means no 302/403 (a 404 until
 * the page lands).
 */
class PageAccessIT extends IntegrationTest {

    private static final String PASSWORD = "page-access-password-1";
    private static final String OPENED = "opened";
    private static final List<String> SCOPES = List.of("ANONYMOUS", "ADMIN", "STAFF", "VOLUNTEER", "AUDITOR", "KIOSK");

    /** endpoint → the outcome per scope, in the order of {@link #SCOPES}. */
    private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

    static {
        row("GET /", "200", "200", "200", "200", "200", "200");
        row("GET /denied", "403", "403", "403", "403", "403", "403");
        // part B: the desk for cards (POST handlers opened by GET answer 405: the chain let them through)
        row("GET /desk", "302", "200", "200", "403", "403", "403");
        row("POST /desk/station", "302", OPENED, OPENED, "403", "403", "403");
        row("GET /desk/cards", "302", "400", "400", "403", "403", "403");
        row("POST /desk/cards", "302", OPENED, OPENED, "403", "403", "403");
        row("GET /desk/cards/{cardId}", "302", "200", "200", "403", "403", "403");
        row("GET /desk/cards/{cardId}/statement", "302", "400", "400", "403", "403", "403");
        row("GET /desk/cards/{cardId}/statement.csv", "302", "200", "200", "403", "403", "403");
        row("POST /desk/cards/{cardId}/volunteer-hours", "302", OPENED, OPENED, "403", "403", "403");
        row("POST /desk/cards/{cardId}/study-sessions", "302", OPENED, OPENED, "403", "403", "403");
        row("GET /desk/cards/{cardId}/entries/{entryId}/reversal", "302", "200", "200", "403", "403", "403");
        row("POST /desk/cards/{cardId}/entries/{entryId}/reversal", "302", "200", "200", "403", "403", "403");
        row("GET /desk/cards/{cardId}/redemptions", "302", "200", "200", "403", "403", "403");
        row("POST /desk/cards/{cardId}/redemptions", "302", "200", "200", "403", "403", "403");
        row("POST /desk/redemptions/{redemptionId}/fulfilment", "302", OPENED, OPENED, "403", "403", "403");
        row("POST /desk/redemptions/{redemptionId}/cancellation", "302", OPENED, OPENED, "403", "403", "403");
        // part D: the volunteer's pages (the one-tap pages without their query answer 404: no such activity/room)
        row("GET /me", "302", "403", "403", "200", "403", "403");
        row("GET /me/statement", "302", "403", "403", "200", "403", "403");
        row("GET /me/statement.csv", "302", "403", "403", "200", "403", "403");
        row("GET /me/activities", "302", "403", "403", "200", "403", "403");
        row("POST /me/activities/signup", "302", "403", "403", "405", "403", "403");
        row("GET /me/check-in", "302", "403", "403", "404", "403", "403");
        row("POST /me/check-in", "302", "403", "403", "404", "403", "403");
        row("GET /me/reading-room", "302", "403", "403", "404", "403", "403");
        row("POST /me/reading-room", "302", "403", "403", "404", "403", "403");
        row("GET /me/reports", "302", "403", "403", "200", "403", "403");
        // part C: the desk's activities ({activityId}: an open activity at the staff's and the kiosk's station);
        // an admin with no station chosen is sent to /desk, staff of one station work for it; a GET of a form's POST
        // is 405
        row("GET /desk/activities", "302", "302", "200", "403", "403", "403");
        row("POST /desk/activities", "302", "302", "200", "403", "403", "403");
        row("GET /desk/activities/{activityId}", "302", "200", "200", "403", "403", "403");
        row("GET /desk/activities/{activityId}/outcome", "302", "200", "200", "403", "403", "403");
        row("POST /desk/activities/{activityId}/roster", "302", "405", "405", "403", "403", "403");
        row("POST /desk/activities/{activityId}/scan", "302", "405", "405", "403", "403", "403");
        row("POST /desk/activities/{activityId}/attendance", "302", "405", "405", "403", "403", "403");
        row("POST /desk/activities/{activityId}/close", "302", "405", "405", "403", "403", "403");
        // part C: the kiosk (an admin with no station chosen picks one; staff of one station and a kiosk see theirs)
        row("GET /kiosk", "302", "200", "200", "403", "403", "200");
        row("GET /kiosk/activities/{activityId}", "302", "200", "200", "403", "403", "200");
        row("GET /kiosk/activities/{activityId}/code", "302", "200", "200", "403", "403", "200");
        row("GET /kiosk/reading-room", "302", "302", "200", "403", "403", "200");
        row("GET /kiosk/reading-room/code", "302", "403", "200", "403", "403", "200");
        // part R: the desk's problem reports. The list needs the desk's station: staff of one station have it, an
        // admin who has not picked one is sent to /desk. {placeholders} are an unknown id: the API's own 404.
        row("GET /desk/reports", "302", "302", "200", "403", "403", "403");
        row("GET /desk/reports/{reportId}", "302", "404", "404", "403", "403", "403");
        row("GET /desk/reports/{reportId}/photos/{photoId}", "302", "404", "404", "403", "403", "403");
        for (String step : List.of("acceptance", "rejection", "duplicate", "dispatch", "resolution", "verification")) {
            // a GET of a step form's POST handler: the page chain's decision, then 405 for the roles it lets in
            row("POST /desk/reports/{reportId}/" + step, "302", "405", "405", "403", "403", "403");
        }
        // part E: the auditor's page, its trail's pages and CSV; the charts (the desk's needs ?station=: 400 without)
        row("GET /audit", "302", "200", "403", "403", "200", "403");
        row("GET /audit/trail", "302", "200", "403", "403", "200", "403");
        row("GET /audit/trail.csv", "302", "200", "403", "403", "200", "403");
        row("GET /desk/overview", "302", "400", "400", "403", "403", "403");
        row("GET /me/months", "302", "403", "403", "200", "403", "403");
        // part F: certificates (the volunteer's own card; the desk's for a card of the staff's station)
        row("GET /me/certificates", "302", "403", "403", "200", "403", "403");
        row("POST /me/certificates", "302", "403", "403", "200", "403", "403");
        row("GET /me/certificates/{certificateId}.pdf", "302", "403", "403", "404", "403", "403");
        row("GET /desk/cards/{cardId}/certificates", "302", "200", "200", "403", "403", "403");
        row("POST /desk/cards/{cardId}/certificates", "302", "200", "200", "403", "403", "403");
        row("GET /desk/certificates/{certificateId}.pdf", "302", "404", "404", "403", "403", "403");
        // any other path: signed in, and never a kiosk
        row("GET /elsewhere", "302", OPENED, OPENED, OPENED, OPENED, "403");
    }

    private static void row(String endpoint, String... outcomes) {
        ROWS.put(endpoint, List.of(outcomes));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyPageHandlerHasARow() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (ApiPaths.isApiPath(path)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    served.add("GET " + path);
                }
                methods.forEach(m -> served.add(m + " " + path));
            }
        });
        assertThat(ROWS.keySet()).containsAll(served);
        ROWS.forEach((endpoint, outcomes) -> assertThat(outcomes).as(endpoint).hasSize(SCOPES.size()));
    }

    @Test
    void eachScopeGetsItsOutcome() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("{cardId}", card);
        variables.put("{entryId}", ledger.credited(card, station, 60, today()));
        variables.put("{redemptionId}", ledger.redeemed(card, ledger.gift(station, 1, 5, null), 1));
        variables.put("{activityId}", plannedActivity(station));
        Map<String, PageClient> clients = new LinkedHashMap<>();
        clients.put("ANONYMOUS", new PageClient(port));
        clients.put("ADMIN", signedIn("admin", ADMIN_PASSWORD));
        clients.put("STAFF", signedIn(user("STAFF", "\"stationIds\":[\"" + station + "\"]"), PASSWORD));
        clients.put("VOLUNTEER", signedIn(user("VOLUNTEER", "\"cardId\":\"" + card + "\""), PASSWORD));
        clients.put("AUDITOR", signedIn(user("AUDITOR", null), PASSWORD));
        clients.put("KIOSK", signedIn(user("KIOSK", "\"stationIds\":[\"" + station + "\"]"), PASSWORD));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : ROWS.entrySet()) {
            String path = row.getKey().substring(row.getKey().indexOf(' ') + 1);
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                path = path.replace(variable.getKey(), variable.getValue());
            }
            path = path.replaceAll("\\{[^}]+}", "unknown-id"); // any other id: unknown, the API's own 404
            for (int i = 0; i < SCOPES.size(); i++) {
                int status = clients.get(SCOPES.get(i)).get(path).statusCode();
                String expected = row.getValue().get(i);
                boolean ok = expected.equals(OPENED)
                        ? status != 302 && status != 401 && status != 403 && status < 500
                        : expected.equals(String.valueOf(status));
                if (!ok) {
                    wrong.add(row.getKey() + " as " + SCOPES.get(i) + ": " + status + ", expected " + expected);
                }
                if (row.getKey().startsWith("POST ")) {
                    // the form itself, sent with the session's CSRF token and no fields: a scope the row refuses is
                    // refused the same way; one it lets in gets an answer, never a fault or the sign-in page
                    PageClient client = clients.get(SCOPES.get(i));
                    int posted = client.post(path, "_csrf=" + client.csrf(i == 0 ? "/" : "/denied"))
                            .statusCode();
                    boolean postOk = expected.equals("302") || expected.equals("403")
                            ? expected.equals(String.valueOf(posted))
                            : posted != 302 && posted != 401 && posted < 500;
                    if (!postOk) {
                        wrong.add("sent " + row.getKey() + " as " + SCOPES.get(i) + ": " + posted + ", row says "
                                + expected);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String plannedActivity(String station) {
        ApiResponse planned = admin.post(
                "/api/v1/stations/" + station + "/activities",
                key(),
                "{\"kind\":\"VOLUNTEER\",\"title\":\"Page access\",\"date\":\"" + today()
                        + "\",\"startTime\":\"09:00\",\"endTime\":\"11:00\"}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String activity = planned.json().get("activityId").asText();
        // the desk's page reads the activity read model, which follows the events by milliseconds
        org.awaitility.Awaitility.await()
                .until(() -> jdbc.queryForObject(
                                "select count(*) from activity where activity_id = ?", Integer.class, activity)
                        == 1);
        return activity;
    }

    private PageClient signedIn(String username, String password) throws Exception {
        PageClient client = new PageClient(port);
        int status = client.signIn(username, password).statusCode();
        assertThat(status).as("sign-in of " + username).isEqualTo(302);
        return client;
    }

    private String user(String role, String scope) {
        String name = "page-" + role.toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                        + (scope == null ? "" : "," + scope) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
