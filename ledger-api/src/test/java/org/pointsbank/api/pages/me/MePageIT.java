package org.pointsbank.api.pages.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.pages.me.MePages.enc;
import static org.pointsbank.api.pages.me.MePages.formKey;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The volunteer's pages over HTTP: the statement, the one-tap check-in and reading room, sign-up, whose card. */
class MePageIT extends IntegrationTest {

    /** Minutes credited to the other card and to the volunteer's own: figures no page shows otherwise. */
    private static final int OTHERS_MINUTES = 97;

    private static final int OWN_MINUTES = 83;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private MePages pages;
    private String station;
    private String card;
    private PageClient volunteer;

    @BeforeEach
    void volunteerWithACard() throws Exception {
        pages = new MePages(admin, port);
        station = ledger.station();
        card = ledger.card(station);
        volunteer = pages.signedIn(pages.volunteer(card));
    }

    @Test
    void theStatementShowsTwentyLinesThenMoreAndTheCsvIsTheApis() throws Exception {
        for (int i = 0; i < 22; i++) {
            ledger.credited(card, station, 30, today());
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        admin.get("/api/v1/cards/" + card).json().get("balance").asLong() > 0
                                && admin.get("/api/v1/cards/" + card + "/entries?limit=100")
                                                .json()
                                                .get("entries")
                                                .size()
                                        == 22);
        long balance = admin.get("/api/v1/cards/" + card).json().get("balance").asLong();

        HttpResponse<String> me = volunteer.get("/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("id=\"balance\">" + balance + "<").contains(card);
        assertThat(me.body().split("class=\"line\"", -1)).hasSize(MeController.LINES + 1);
        assertThat(me.body()).contains("id=\"statement-more\"").contains("hx-get=\"/me/months?card=" + card + "\"");

        String after = me.body().replaceAll("(?s).*hx-get=\"/me/statement\\?after=(\\d+)\".*", "$1");
        HttpResponse<String> more = volunteer.get("/me/statement?after=" + after);
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body().split("class=\"line\"", -1)).hasSize(3);
        assertThat(more.body()).doesNotContain("statement-more").doesNotContain("<html");

        HttpResponse<String> csv = volunteer.get("/me/statement.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body())
                .isEqualTo(admin.get("/api/v1/cards/" + card + "/entries", "text/csv")
                        .body());
    }

    @Test
    void theOneTapGetChangesNothingAndThePostChecksInOnceEvenSentTwice() throws Exception {
        String activity = pages.activity(station, "Park clean-up");
        String url = "/me/check-in?activity=" + activity + "&code=" + pages.code(activity);

        HttpResponse<String> page = volunteer.get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Park clean-up").contains("id=\"tap\"").contains(">签到<");
        assertThat(volunteer.get(url).statusCode()).isEqualTo(200);
        assertThat(pages.roster(activity)).isEmpty();

        String form = "_csrf=" + volunteer.csrf(url) + "&activity=" + activity + "&code=" + enc(pages.code(activity))
                + "&step=IN&formKey=" + enc(formKey(page.body()));
        HttpResponse<String> first = volunteer.post("/me/check-in", form);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/me/check-in?activity=" + activity));
        HttpResponse<String> shown = volunteer.get("/me/check-in?activity=" + activity);
        assertThat(shown.body()).contains("id=\"done\"").contains("已签到").doesNotContain("id=\"replayed\"");

        HttpResponse<String> second = volunteer.post("/me/check-in", form);
        assertThat(second.statusCode()).isEqualTo(303);
        HttpResponse<String> replayed = volunteer.get("/me/check-in?activity=" + activity);
        assertThat(replayed.body()).contains("id=\"done\"").contains("id=\"replayed\"");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> pages.roster(activity).equals(List.of(card + "=CHECKED_IN")));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                        Long.class,
                        activity,
                        "%CheckedIn"))
                .isEqualTo(1);

        HttpResponse<String> again =
                volunteer.get("/me/check-in?activity=" + activity + "&code=" + pages.code(activity));
        assertThat(again.body()).contains(">签退<").contains("name=\"step\" value=\"OUT\"");
    }

    @Test
    void anExpiredCodeIsRefusedByTheTapWithScanAgainAndTheGetNeverJudgesIt() throws Exception {
        String activity = pages.activity(station, "Library shelving");
        String stale = pages.code(activity);
        clock.advance(Duration.ofMinutes(3));

        HttpResponse<String> page = volunteer.get("/me/check-in?activity=" + activity + "&code=" + stale);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the GET does not judge the code").contains("id=\"tap\"");
        HttpResponse<String> post = volunteer.post(
                "/me/check-in",
                "_csrf=" + volunteer.csrf("/me") + "&activity=" + activity + "&code=" + stale + "&step=IN&formKey="
                        + enc(formKey(page.body())));
        assertThat(post.statusCode()).isEqualTo(422);
        assertThat(post.body()).contains("id=\"refusal\"").contains("请重新扫码").doesNotContain("id=\"tap\"");
        assertThat(pages.roster(activity)).isEmpty();

        HttpResponse<String> notACode = volunteer.get("/me/check-in?activity=" + activity + "&code=abc&lang=en");
        assertThat(notACode.body())
                .contains("id=\"expired\"")
                .contains("scan it again")
                .doesNotContain("id=\"tap\"");
        HttpResponse<String> inEnglish = volunteer.post(
                "/me/check-in",
                "_csrf=" + volunteer.csrf("/me") + "&activity=" + activity + "&code=" + stale + "&step=IN&formKey="
                        + enc(formKey(page.body())));
        assertThat(inEnglish.statusCode()).isEqualTo(422);
        assertThat(inEnglish.body()).contains("id=\"refusal\"").contains("scan it again");
    }

    @Test
    void theReadingRoomStartsWithOneTapThenEndsWithOne() throws Exception {
        String url = "/me/reading-room?station=" + station + "&code=" + pages.roomCode(station);
        HttpResponse<String> page = volunteer.get(url);
        assertThat(page.body()).contains("id=\"tap\"").contains("name=\"step\" value=\"START\"");
        HttpResponse<String> started = volunteer.post(
                "/me/reading-room",
                "_csrf=" + volunteer.csrf(url) + "&station=" + station + "&code=" + pages.roomCode(station)
                        + "&step=START&session=&formKey=" + enc(formKey(page.body())));
        assertThat(started.statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> volunteer
                        .get("/me/reading-room?station=" + station + "&code=" + pages.roomCode(station))
                        .body()
                        .contains("name=\"step\" value=\"END\""));

        String offered = volunteer
                .get("/me/reading-room?station=" + station + "&code=" + pages.roomCode(station))
                .body();
        String session = offered.replaceAll("(?s).*name=\"session\" value=\"([^\"]+)\".*", "$1");
        clock.advance(Duration.ofMinutes(35));
        HttpResponse<String> ended = volunteer.post(
                "/me/reading-room",
                "_csrf=" + volunteer.csrf("/me") + "&station=" + station + "&code=" + pages.roomCode(station)
                        + "&step=END&session=" + enc(session) + "&formKey=" + enc(formKey(offered)));
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(volunteer.get("/me/reading-room?station=" + station).body())
                .contains("id=\"done\"")
                .contains("阅览结束：35 分钟");
    }

    @Test
    void signingUpPutsTheCardOnTheRosterOnce() throws Exception {
        String activity = pages.activity(station, "Reading to children");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> volunteer.get("/me/activities").body().contains(activity));
        String list = volunteer.get("/me/activities").body();
        String key = list.replaceAll(
                "(?s).*name=\"activityId\" value=\"" + activity + "\">\\s*<input type=\"hidden\" name=\"formKey\" "
                        + "value=\"([^\"]+)\".*",
                "$1");
        String form = "_csrf=" + volunteer.csrf("/me/activities") + "&activityId=" + activity + "&formKey=" + enc(key);
        assertThat(volunteer.post("/me/activities/signup", form).statusCode()).isEqualTo(303);
        assertThat(volunteer.post("/me/activities/signup", form).statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> pages.roster(activity).equals(List.of(card + "=SIGNED_UP")));
        assertThat(volunteer.get("/me/activities").body()).contains("您已报名");
    }

    @Test
    void anotherVolunteersCardIsNeverShown() throws Exception {
        String other = ledger.card(station);
        ledger.credited(other, station, OTHERS_MINUTES, today());
        ledger.credited(card, station, OWN_MINUTES, today());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + other + "/months")
                                .body()
                                .contains("\"volunteerMinutes\":" + OTHERS_MINUTES)
                        && volunteer.get("/me/months").body().contains(">" + OWN_MINUTES + "<"));
        Map<String, Set<String>> handlers = MePages.meGetParameters(mappings);
        assertThat(handlers).as("the walk finds the handler that takes a card").containsKey("/me/months");
        assertThat(handlers.get("/me/months")).contains("card");

        List<String> probes = new ArrayList<>();
        handlers.forEach((path, parameters) -> {
            String opened = path.replaceAll("\\{[^}]+}", other);
            probes.add(opened + "?card=" + other + "&cardId=" + other);
            parameters.stream()
                    .filter(p -> !p.startsWith("{"))
                    .forEach(p -> probes.add(opened + "?" + p + "=" + other));
        });
        for (String path : probes) {
            HttpResponse<String> page = volunteer.get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 400, 403, 404);
            assertThat(page.body()).as(path).doesNotContain(other).doesNotContain(">" + OTHERS_MINUTES + "<");
        }
        HttpResponse<String> months = volunteer.get("/me/months?card=" + other);
        assertThat(months.statusCode()).isIn(403, 404);
        assertThat(months.body()).doesNotContain("data-chart=").doesNotContain(other);
        assertThat(volunteer.get("/me/months?card=" + card).body())
                .as("the probe would see a card's figures: its own are shown")
                .contains("data-chart=")
                .contains(card)
                .contains(">" + OWN_MINUTES + "<");
    }

    @Test
    void hostileValuesAreNeverAServerError() throws Exception {
        String activity = pages.activity(station, "Hostile");
        String csrf = volunteer.csrf("/me");
        List<String> hostile = List.of(
                "",
                "%00",
                "x%27%20OR%201%3D1--",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "a".repeat(300),
                "..%2F..%2Fetc",
                "-1",
                "99999999999999999999",
                "%E2%80%AE",
                "activity%3Atest");
        for (String value : hostile) {
            for (String path : List.of(
                    "/me/statement?after=" + value,
                    "/me/check-in?activity=" + value + "&code=" + value,
                    "/me/check-in?activity=" + activity + "&code=" + value,
                    "/me/reading-room?station=" + value + "&code=" + value,
                    "/me/reading-room?station=" + station + "&code=" + value)) {
                assertThat(volunteer.get(path).statusCode()).as(path).isLessThan(500);
            }
            for (String form : List.of(
                    "activity=" + value + "&code=" + value + "&step=" + value + "&formKey=" + value,
                    "activity=" + activity + "&code=" + value + "&step=OUT&formKey=form-" + value)) {
                assertThat(volunteer
                                .post("/me/check-in", "_csrf=" + csrf + "&" + form)
                                .statusCode())
                        .as(form)
                        .isLessThan(500);
            }
            String room = "station=" + value + "&code=" + value + "&step=END&session=" + value + "&formKey=" + value;
            assertThat(volunteer
                            .post("/me/reading-room", "_csrf=" + csrf + "&" + room)
                            .statusCode())
                    .as(room)
                    .isLessThan(500);
            String signUp = "activityId=" + value + "&formKey=" + value;
            assertThat(volunteer
                            .post("/me/activities/signup", "_csrf=" + csrf + "&" + signUp)
                            .statusCode())
                    .as(signUp)
                    .isLessThan(500);
        }
    }
}
