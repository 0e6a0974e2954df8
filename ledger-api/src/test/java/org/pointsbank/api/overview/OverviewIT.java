package org.pointsbank.api.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The charts' figures: a station's weeks add up to its ranking for the month (reversals included), a card's months
 * hold its credits, and each page fragment's {@code data-chart} is the API's answer, so no figure is computed twice.
 */
class OverviewIT extends IntegrationTest {

    private static final String PASSWORD = "overview-password-1";
    private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStationsWeeksAddUpToItsRankingAndTheDeskShowsTheApisFigures() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        String other = ledger.card(station);
        LocalDate first = today().withDayOfMonth(1);
        YearMonth month = YearMonth.from(first);
        long expected = points(ledger.volunteer(card, station, 90, first))
                + points(ledger.volunteer(other, station, 120, today()))
                + points(ledger.study(other, station, 60, today()));
        String twice = ledger.credited(card, station, 60, today());
        ApiResponse reversal = ledger.reverse(card, twice);
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        String overviewPath = "/api/v1/stations/" + station + "/overview?period=" + month;
        String rankingPath = "/api/v1/rankings?stationId=" + station + "&period=" + month;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(weeksTotal(admin.get(overviewPath).json())).isEqualTo(expected);
            assertThat(rankingTotal(admin.get(rankingPath).json())).isEqualTo(expected);
        });

        JsonNode overview = admin.get(overviewPath).json();
        assertThat(overview.get("period").asText()).isEqualTo(month.toString());
        LocalDate firstMonday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        assertThat(overview.get("weeks").get(0).get("weekStart").asText()).isEqualTo(firstMonday.toString());
        assertThat(overview.get("weeks").size()).isBetween(4, 6);
        long study = 0;
        for (JsonNode week : overview.get("weeks")) {
            study += week.get("study").asLong();
        }
        assertThat(study).isPositive();

        PageClient staff = signedIn(user("STAFF", "\"stationIds\":[\"" + station + "\"]"));
        HttpResponse<String> page = staff.get("/desk/overview?station=" + station + "&period=" + month);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(chart(page.body())))
                .isEqualTo(JSON.readTree(admin.get(overviewPath).body()));
        assertThat(page.body()).contains("role=\"img\"", "aria-label=", "<table", "<details", "/js/charts.js");
    }

    @Test
    void aVolunteersMonthsOnTheirPageAreTheApisMonths() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        long points = points(ledger.volunteer(card, station, 90, today()));
        YearMonth month = YearMonth.from(today());
        String path = "/api/v1/cards/" + card + "/months?from=" + month.minusMonths(2) + "&to=" + month;
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(admin.get(path)
                                .json()
                                .get("months")
                                .get(2)
                                .get("volunteerPoints")
                                .asLong())
                        .isEqualTo(points));
        JsonNode months = admin.get(path).json();
        assertThat(months.get("months").size()).isEqualTo(3);
        assertThat(months.get("months").get(2).get("volunteerMinutes").asLong()).isEqualTo(90);
        assertThat(months.get("months").get(0).get("volunteerPoints").asLong()).isZero();

        PageClient volunteer = signedIn(user("VOLUNTEER", "\"cardId\":\"" + card + "\""));
        HttpResponse<String> page = volunteer.get("/me/months?from=" + month.minusMonths(2) + "&to=" + month);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(chart(page.body())))
                .isEqualTo(JSON.readTree(admin.get(path).body()));
        // without from and to: the twelve months up to this one, as the API's defaults
        JsonNode defaults = JSON.readTree(chart(volunteer.get("/me/months").body()));
        assertThat(defaults.get("months").size()).isEqualTo(12);
        assertThat(defaults)
                .isEqualTo(JSON.readTree(
                        admin.get("/api/v1/cards/" + card + "/months").body()));
    }

    @Test
    void refusalsAreTheApisOnBothSides() throws Exception {
        String station = ledger.station();
        String elsewhere = ledger.station();
        String card = ledger.card(station);
        PageClient staff = signedIn(user("STAFF", "\"stationIds\":[\"" + elsewhere + "\"]"));
        assertThat(staff.get("/desk/overview?station=" + station).statusCode()).isEqualTo(403);
        assertThat(staff.get("/desk/overview?station=" + elsewhere + "&period=2026-13")
                        .statusCode())
                .isEqualTo(400);

        ApiResponse badPeriod = admin.get("/api/v1/stations/" + station + "/overview?period=26-1");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.code()).isEqualTo("INVALID_PERIOD");
        ApiResponse unknown = admin.get("/api/v1/stations/no-such-" + UUID.randomUUID() + "/overview");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("STATION_NOT_FOUND");
        ApiResponse backwards = admin.get("/api/v1/cards/" + card + "/months?from=2026-06&to=2026-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        ApiResponse tooLong = admin.get("/api/v1/cards/" + card + "/months?from=2020-01&to=2026-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("INVALID_PERIOD");
    }

    private static long points(ApiResponse credit) {
        assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
        return credit.json().get("points").asLong();
    }

    private static long weeksTotal(JsonNode overview) {
        long total = 0;
        for (JsonNode week : overview.get("weeks")) {
            total += week.get("volunteer").asLong()
                    + week.get("study").asLong()
                    + week.get("governance").asLong();
        }
        return total;
    }

    private static long rankingTotal(JsonNode ranking) {
        long total = 0;
        for (JsonNode line : ranking.get("entries")) {
            total += line.get("points").asLong();
        }
        return total;
    }

    private static String chart(String html) {
        Matcher chart = CHART.matcher(html);
        assertThat(chart.find()).as("a data-chart attribute in " + html).isTrue();
        return HtmlUtils.htmlUnescape(chart.group(1));
    }

    private PageClient signedIn(String username) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private String user(String role, String scope) {
        String name = "overview-" + role.toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
