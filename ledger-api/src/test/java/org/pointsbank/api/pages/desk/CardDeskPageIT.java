package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;

/**
 * The desk's card page over HTTP: a credit records once however often its form is sent, a refused credit is shown
 * next to its field and records nothing, staff of another station are refused, and hostile form values never make a
 * server error.
 */
class CardDeskPageIT extends IntegrationTest {

    private String station;
    private String card;
    private PageClient desk;

    @BeforeEach
    void staffAtTheirDesk() throws Exception {
        station = ledger.station();
        card = ledger.card(station);
        desk = new PageClient(port);
        assertThat(desk.signIn(DeskUsers.staff(admin, station), DeskUsers.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aCreditSentTwiceRecordsOneEventAndOneLine() throws Exception {
        HttpResponse<String> opened = desk.get("/desk/cards/" + card);
        assertThat(opened.headers().allValues("Cache-Control"))
                .as("kept for the history, so that back shows the form with its key")
                .containsExactly("private, no-cache");
        String page = opened.body();
        Map<String, String> form = volunteerForm(page, "90", today().toString());

        HttpResponse<String> first = desk.post("/desk/cards/" + card + "/volunteer-hours", encode(form));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("/desk/cards/" + card + "?recorded=");
        String shown = desk.get(location(first)).body();
        assertThat(shown).contains("已记录：15 分，新余额 15。").contains("<dd id=\"balance\">15</dd>");

        HttpResponse<String> again = desk.post("/desk/cards/" + card + "/volunteer-hours", encode(form));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(location(again)).as("the first answer's page").isEqualTo(location(first));
        assertThat(desk.get(location(again)).body()).contains("已经记录过了").contains("<dd id=\"balance\">15</dd>");

        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, card))
                .as("issued + one credit")
                .isEqualTo(2);
    }

    @Test
    void aRefusedCreditIsShownNextToItsFieldAndRecordsNothing() throws Exception {
        String page = desk.get("/desk/cards/" + card).body();
        Map<String, String> form = volunteerForm(page, "90", today().plusDays(1).toString());

        HttpResponse<String> refused = desk.post("/desk/cards/" + card + "/volunteer-hours", encode(form));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"volunteer-day-error\"")
                .contains("日期不能在将来，也不能太早。")
                .contains("aria-describedby=\"volunteer-day-error\"")
                .contains("aria-invalid=\"true\"");
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .isEmpty();

        form.put("occurredOn", today().toString());
        assertThat(desk.post("/desk/cards/" + card + "/volunteer-hours", encode(form))
                        .statusCode())
                .as("the corrected form, under the same key")
                .isEqualTo(303);
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .hasSize(1);
    }

    @Test
    void staffOfAnotherStationAreRefused() throws Exception {
        String page = desk.get("/desk/cards/" + card).body();
        Map<String, String> form = volunteerForm(page, "90", today().toString());
        PageClient other = new PageClient(port);
        other.signIn(DeskUsers.staff(admin, ledger.station()), DeskUsers.PASSWORD);
        form.put("_csrf", other.csrf("/desk"));

        assertThat(other.post("/desk/cards/" + card + "/volunteer-hours", encode(form))
                        .statusCode())
                .isEqualTo(403);
        assertThat(other.get("/desk/cards/" + card).statusCode())
                .as("a card they may not read answers as none")
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .isEmpty();
    }

    @Test
    void theCardFieldTakesTheIdOrTheQrTextAndRefusesAnythingElse() throws Exception {
        assertThat(desk.get("/desk/cards?find=" + enc("pointsbank:card:" + card))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/desk/cards/" + card);
        assertThat(desk.get("/desk/cards?find=" + enc(" " + card.toUpperCase() + " "))
                        .statusCode())
                .isEqualTo(303);
        HttpResponse<String> garbage = desk.get("/desk/cards?find=" + enc("<script>x</script>"));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("id=\"find-error\"").doesNotContain("<script>x");
    }

    @Test
    void hostileFormValuesNeverMakeAServerError() throws Exception {
        String page = desk.get("/desk/cards/" + card).body();
        String[][] hostile = {
            {"minutes", "abc"},
            {"minutes", "99999999999999"},
            {"minutes", "-5"},
            {"occurredOn", "2026-13-45"},
            {"occurredOn", "'; DROP TABLE x;--"},
            {"activity", "x".repeat(1900)},
            {"activity", "\u0000\u202e"},
            {"stationId", "../../etc"},
            {"formKey", ""},
            {"formKey", "\u4e2d".repeat(300)},
            {"minutes", ""}
        };
        for (String[] value : hostile) {
            Map<String, String> form = volunteerForm(page, "90", today().toString());
            form.put(value[0], value[1]);
            int status = desk.post("/desk/cards/" + card + "/volunteer-hours", encode(form))
                    .statusCode();
            assertThat(status).as(value[0] + "=" + value[1]).isBetween(400, 499);
        }
        for (String path : new String[] {
            "/desk/cards/not-a-card",
            "/desk/cards/" + card + "/statement?before=abc",
            "/desk/cards/" + card + "/entries/%3Cx%3E/reversal",
            "/desk/cards?find=" + enc("x".repeat(5000))
        }) {
            assertThat(desk.get(path).statusCode()).as(path).isBetween(400, 499);
        }
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .isEmpty();
    }

    @Test
    void aLineIsReversedWithItsReasonOnceAndABlankReasonIsRefusedAtTheField() throws Exception {
        String entry = ledger.credited(card, station, 90, today());
        String path = "/desk/cards/" + card + "/entries/" + entry + "/reversal";
        await().atMost(Duration.ofSeconds(10))
                .until(() -> desk.get(path).statusCode() == 200); // the statement read model has the line
        String page = desk.get(path).body();
        String csrf = DeskUsers.hidden(page, "reversal-form", "_csrf");
        String formKey = DeskUsers.hidden(page, "reversal-form", "formKey");

        HttpResponse<String> blank = desk.post(path, "_csrf=" + enc(csrf) + "&formKey=" + enc(formKey) + "&reason=");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"reason-error\"");

        String form = "_csrf=" + enc(csrf) + "&formKey=" + enc(formKey) + "&reason=" + enc("entered twice 重复录入");
        HttpResponse<String> first = desk.post(path, form);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(desk.get(location(first)).body()).contains("已冲正：-15 分，新余额 0。");
        HttpResponse<String> again = desk.post(path, form);
        assertThat(again.statusCode()).as("sent again: replayed").isEqualTo(303);
        assertThat(desk.get(location(again)).body()).contains("已经记录过了").contains("<dd id=\"balance\">0</dd>");
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .hasSize(2);
    }

    @Test
    void theIssueFormIsCheckedAsTheApisOwnRecord() throws Exception {
        String start = "_csrf=" + desk.csrf("/desk") + "&stationId=" + station + "&formKey=";

        HttpResponse<String> badPhone =
                desk.post("/desk/cards", start + enc("form-" + card) + "&holderName=Li&holderPhone=abc");
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.body()).contains("id=\"holderPhone-error\"").contains("格式不正确。");
        HttpResponse<String> longName =
                desk.post("/desk/cards", start + enc("form-" + card) + "&holderName=" + "x".repeat(201));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("id=\"holderName-error\"");

        HttpResponse<String> issued = desk.post(
                "/desk/cards",
                start + enc("form-" + card) + "&holderName=" + enc("李雷") + "&holderPhone=" + enc("+86 138"));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(303);
        String cardId = location(issued).replaceFirst("^/desk/cards/([^?]+).*$", "$1");
        assertThat(admin.get("/api/v1/cards/" + cardId + "/holder")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("李雷");
    }

    private Map<String, String> volunteerForm(String page, String minutes, String day) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", DeskUsers.hidden(page, "volunteer-form", "_csrf"));
        form.put("formKey", DeskUsers.hidden(page, "volunteer-form", "formKey"));
        form.put("stationId", station);
        form.put("activity", "Park clean-up 公园清洁");
        form.put("minutes", minutes);
        form.put("occurredOn", day);
        return form;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
