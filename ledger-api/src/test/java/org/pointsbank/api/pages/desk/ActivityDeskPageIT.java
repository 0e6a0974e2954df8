package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.pages.desk.DeskPages.enc;
import static org.pointsbank.api.pages.desk.DeskPages.hidden;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;

/**
 * The desk's activity pages over HTTP: plan, roster (ids and QR text), a scanned check-in sent twice is one
 * check-in, paper attendance, the close and its outcome; refusals next to their field; hostile values never 5xx.
 */
class ActivityDeskPageIT extends IntegrationTest {

    @Test
    void planRosterScanAttendanceAndClose() throws Exception {
        String station = ledger.station();
        String came = ledger.card(station);
        String stayedAway = ledger.card(station);
        PageClient desk = DeskPages.signedIn(port, DeskPages.staffOf(admin, station), DeskPages.PASSWORD);

        PageClient admins = DeskPages.signedIn(port, "admin", ADMIN_PASSWORD);
        assertThat(admins.get("/desk/activities").headers().firstValue("Location"))
                .as("an admin picks the station first")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/desk"));
        choose(admins, station);
        assertThat(admins.get("/desk/activities").statusCode()).isEqualTo(200);
        HttpResponse<String> list = desk.get("/desk/activities");
        assertThat(list.statusCode()).isEqualTo(200);
        HttpResponse<String> planned = desk.post(
                "/desk/activities",
                hidden(list, "plan-form") + "&stationId=" + station + "&kind=VOLUNTEER&title=" + enc("河边清扫")
                        + "&date=" + today()
                        + "&startTime=09:00&endTime=11:00&capacity=&selfCheckIn=true");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
        String page = java.net
                .URI
                .create(planned.headers().firstValue("Location").orElseThrow())
                .getPath();
        String activity = page.substring(page.lastIndexOf('/') + 1);
        assertThat(admin.get("/api/v1/activities/" + activity)
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("河边清扫");

        HttpResponse<String> shown = desk.get(page);
        assertThat(shown.body()).contains("河边清扫").contains("kiosk/activities/" + activity);
        HttpResponse<String> rostered = desk.post(
                page + "/roster",
                hidden(shown, "roster-form") + "&cardIds="
                        + enc(came + "\npointsbank:card:" + stayedAway.toUpperCase()));
        assertThat(rostered.statusCode()).as(rostered.body()).isEqualTo(303);
        shown = desk.get(page);
        assertThat(shown.body()).contains("line-" + came).contains("line-" + stayedAway);

        String scan = hidden(shown, "scan-form") + "&direction=in&cardId=" + enc("pointsbank:card:" + came);
        assertThat(desk.post(page + "/scan", scan).statusCode()).isEqualTo(303);
        String inAt = line(activity, came).get("checkedInAt").asText();
        assertThat(desk.post(page + "/scan", scan).statusCode())
                .as("the same form again")
                .isEqualTo(303);
        assertThat(line(activity, came).get("checkedInAt").asText()).isEqualTo(inAt);
        HttpResponse<String> again =
                desk.post(page + "/scan", hidden(desk.get(page), "scan-form") + "&direction=in&cardId=" + came);
        assertThat(again.statusCode()).as("a second scan, a new form").isEqualTo(409);
        assertThat(again.body()).contains("aria-invalid=\"true\"");
        assertThat(line(activity, came).get("status").asText()).isEqualTo("CHECKED_IN");

        HttpResponse<String> sheet = desk.post(
                page + "/attendance", hidden(desk.get(page), "attendance-form") + "&entries=" + enc(came + " 60"));
        assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(303);
        HttpResponse<String> closed = desk.post(page + "/close", hidden(desk.get(page), "close-form"));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(303);

        String outcome = desk.get(page).body();
        assertThat(outcome).contains("id=\"outcome-table\"").doesNotContain("id=\"scan-form\"");
        assertThat(section(outcome, "class=\"credited\"")).contains(came).contains(">60<");
        assertThat(section(outcome, "class=\"no-show\"")).contains(stayedAway);
        assertThat(admin.get("/api/v1/activities/" + activity)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CLOSED");
        String part = desk.get(page + "/outcome").body();
        assertThat(part).as("the close is done: its part no longer refreshes").contains("id=\"outcome-table\"");
        assertThat(part).doesNotContain("hx-get").doesNotContain("id=\"outcome-pending\"");
        HttpResponse<String> closeAgain =
                desk.post(page + "/close", "_csrf=" + csrfOf(outcome) + "&formKey=form-" + java.util.UUID.randomUUID());
        assertThat(closeAgain.statusCode()).as("closing again, a new form").isEqualTo(409);
        assertThat(closeAgain.body()).contains("id=\"refusal\"").contains("活动已结束。");
    }

    @Test
    void refusalsAreShownNextToTheirField() throws Exception {
        String station = ledger.station();
        PageClient desk = DeskPages.signedIn(port, DeskPages.staffOf(admin, station), DeskPages.PASSWORD);
        HttpResponse<String> list = desk.get("/desk/activities");

        HttpResponse<String> untitled = desk.post(
                "/desk/activities",
                hidden(list, "plan-form") + "&stationId=" + station + "&kind=VOLUNTEER&title=&date=" + today()
                        + "&startTime=09:00&endTime=11:00&selfCheckIn=true");
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(untitled.body()).contains("id=\"title-error\"").contains("aria-describedby=\"title-error\"");

        HttpResponse<String> backwards = desk.post(
                "/desk/activities",
                hidden(list, "plan-form") + "&stationId=" + station + "&kind=VOLUNTEER&title=x&date=" + today()
                        + "&startTime=11:00&endTime=09:00&selfCheckIn=true");
        assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(422);

        String activity = planned(desk, list, station);
        String page = "/desk/activities/" + activity;
        HttpResponse<String> unknown = desk.post(
                page + "/roster", hidden(desk.get(page), "roster-form") + "&cardIds=" + java.util.UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("id=\"cardIds-error\"").contains("aria-invalid=\"true\"");

        HttpResponse<String> unreadable =
                desk.post(page + "/attendance", hidden(desk.get(page), "attendance-form") + "&entries=abc");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("id=\"entries-error\"").contains("第 1 行");
    }

    @Test
    void hostileValuesAreRefusedNeverAFault() throws Exception {
        String station = ledger.station();
        PageClient desk = DeskPages.signedIn(port, DeskPages.staffOf(admin, station), DeskPages.PASSWORD);
        HttpResponse<String> list = desk.get("/desk/activities");
        String page = "/desk/activities/" + planned(desk, list, station);
        List<String> hostile = List.of(
                "<script>alert(1)</script>",
                "x".repeat(3000),
                "2026-13-45",
                "-1",
                "99999999999999999999",
                "\u202e\u0000;",
                "pointsbank:card:",
                "../../etc/passwd");
        List<String> faults = new ArrayList<>();
        for (String value : hostile) {
            String v = enc(value);
            String plan = hidden(list, "plan-form") + "&stationId=" + station + "&kind=" + v + "&title=" + v + "&date="
                    + v + "&startTime=" + v + "&endTime=" + v + "&capacity=" + v + "&selfCheckIn=" + v;
            check(faults, "plan " + value, desk.post("/desk/activities", plan));
            String shown = desk.get(page).body();
            HttpResponse<String> current = desk.get(page);
            check(
                    faults,
                    "roster " + value,
                    desk.post(page + "/roster", hidden(current, "roster-form") + "&cardIds=" + v));
            check(
                    faults,
                    "scan " + value,
                    desk.post(page + "/scan", hidden(current, "scan-form") + "&cardId=" + v + "&direction=" + v));
            check(
                    faults,
                    "sheet " + value,
                    desk.post(page + "/attendance", hidden(current, "attendance-form") + "&entries=" + v));
            check(faults, "key " + value, desk.post(page + "/roster", "_csrf=" + csrfOf(shown) + "&formKey=" + v));
            check(faults, "page " + value, desk.get("/desk/activities/" + v));
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void staffOfOneStationCannotPlanAtAnotherThroughThePage() throws Exception {
        String here = ledger.station();
        String elsewhere = ledger.station();
        PageClient desk = DeskPages.signedIn(port, DeskPages.staffOf(admin, here), DeskPages.PASSWORD);
        HttpResponse<String> list = desk.get("/desk/activities");

        HttpResponse<String> refused = desk.post(
                "/desk/activities",
                hidden(list, "plan-form") + "&stationId=" + elsewhere + "&kind=STUDY&title=" + enc("别处的活动") + "&date="
                        + today() + "&startTime=09:00&endTime=11:00&selfCheckIn=true");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);

        // a plan of its own afterwards: once it is in the read model, a plan the refused form made would be too
        String own = planned(desk, desk.get("/desk/activities"), here);
        assertThat(activityIds(here)).containsExactly(own);
        assertThat(activityIds(elsewhere)).isEmpty();
    }

    @Test
    void aGetWithAStationDoesNotChangeTheDesksStation() throws Exception {
        String chosen = ledger.station();
        String linked = ledger.station();
        PageClient admins = DeskPages.signedIn(port, "admin", ADMIN_PASSWORD);
        choose(admins, chosen);

        HttpResponse<String> followed = admins.get("/desk/activities?station=" + linked);
        assertThat(followed.statusCode()).isEqualTo(200);
        String desk = admins.get("/desk").body();
        String current = desk.substring(
                desk.indexOf("id=\"current-station\""), desk.indexOf("</p>", desk.indexOf("id=\"current-station\"")));
        assertThat(current)
                .as("the desk still works for the station chosen by POST")
                .contains(chosen)
                .doesNotContain(linked);
        assertThat(DeskUsers.hidden(followed.body(), "plan-form", "stationId")).isEqualTo(chosen);

        PageClient staff = DeskPages.signedIn(port, DeskPages.staffOf(admin, chosen), DeskPages.PASSWORD);
        HttpResponse<String> elsewhere = staff.get("/desk/activities?station=" + linked);
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(DeskUsers.hidden(elsewhere.body(), "plan-form", "stationId")).isEqualTo(chosen);
    }

    /** The desk's station chosen as the desk's form does (the station's read model follows its creation). */
    private static void choose(PageClient client, String station) throws Exception {
        String body = "_csrf=" + client.csrf("/desk") + "&station=" + station;
        org.awaitility.Awaitility.await()
                .until(() -> client.post("/desk/station", body).statusCode() == 303);
    }

    private List<String> activityIds(String station) {
        return jdbc.queryForList("select activity_id from activity where station_id = ?", String.class, station);
    }

    private static void check(List<String> faults, String what, HttpResponse<String> answer) {
        if (answer.statusCode() >= 500 || answer.body().contains("<script>alert(1)</script>")) {
            faults.add(what + ": " + answer.statusCode());
        }
    }

    private static String csrfOf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        return enc(m.group(1));
    }

    private String planned(PageClient desk, HttpResponse<String> list, String station) throws Exception {
        HttpResponse<String> planned = desk.post(
                "/desk/activities",
                hidden(list, "plan-form") + "&stationId=" + station + "&kind=STUDY&title=Reading&date=" + today()
                        + "&startTime=09:00&endTime=11:00&selfCheckIn=false");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
        String location = planned.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private JsonNode line(String activity, String card) {
        for (JsonNode line : admin.get("/api/v1/activities/" + activity).json().get("roster")) {
            if (line.get("cardId").asText().equals(card)) {
                return line;
            }
        }
        throw new AssertionError("no roster line for " + card);
    }

    /** The table rows of the outcome with {@code marker}, as one text. */
    private static String section(String html, String marker) {
        StringBuilder rows = new StringBuilder();
        int at = html.indexOf(marker);
        while (at >= 0) {
            rows.append(html, at, html.indexOf("</tr>", at));
            at = html.indexOf(marker, at + 1);
        }
        return rows.toString();
    }
}
