package org.pointsbank.api.pages.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;

/**
 * The kiosk's pages over HTTP: a kiosk shows its own station only, staff of several stations choose one, and the
 * code part asks for itself again 2 s before its code expires (at least 1 s later).
 */
class KioskPageIT extends IntegrationTest {

    private static final String PASSWORD = "kiosk-page-pass-1";
    private static final Pattern TRIGGER = Pattern.compile("hx-trigger=\"load delay:([0-9]+)s\"");
    private static final Pattern DIGITS = Pattern.compile("id=\"digits\">([0-9]{8})<");

    @Test
    void aKioskShowsItsOwnStationOnly() throws Exception {
        String here = ledger.station();
        String elsewhere = ledger.station();
        String theirs = planned(elsewhere);
        PageClient kiosk = signedIn(user("KIOSK", here));

        assertThat(kiosk.get("/kiosk").body()).contains("reading-room-link");
        assertThat(kiosk.get("/kiosk/activities/" + theirs).statusCode()).isEqualTo(403);
        assertThat(kiosk.get("/kiosk/activities/" + theirs + "/code").statusCode())
                .isEqualTo(403);
        assertThat(kiosk.get("/kiosk/reading-room?station=" + elsewhere).statusCode())
                .isEqualTo(403);
        assertThat(kiosk.get("/kiosk?station=" + elsewhere).statusCode()).isEqualTo(403);
        assertThat(kiosk.get("/kiosk/reading-room").statusCode()).isEqualTo(200);
    }

    @Test
    void staffOfTwoStationsChooseAndTheCodeRefreshesBeforeItExpires() throws Exception {
        String one = ledger.station();
        String two = ledger.station();
        String activity = planned(two);
        PageClient staff = signedIn(user("STAFF", one + "\",\"" + two));
        HttpResponse<String> choose = staff.get("/kiosk");
        assertThat(choose.body()).contains("name=\"station\"").contains("value=\"" + two + "\"");
        assertThat(staff.get("/kiosk?station=" + two).body()).contains("/kiosk/activities/" + activity);

        clock.travelTo(nextInterval(clock.instant()).minusSeconds(10));
        String part = staff.get("/kiosk/activities/" + activity + "/code").body();
        Matcher delay = TRIGGER.matcher(part);
        assertThat(delay.find()).as(part).isTrue();
        assertThat(Integer.parseInt(delay.group(1))).isBetween(4, 8);
        Matcher digits = DIGITS.matcher(part);
        assertThat(digits.find()).as(part).isTrue();
        assertThat(digits.group(1))
                .isEqualTo(admin.get("/api/v1/activities/" + activity + "/check-in-code")
                        .json()
                        .get("code")
                        .asText());
        assertThat(part).contains("role=\"img\"").contains("aria-label=");

        clock.travelTo(nextInterval(clock.instant()).minusMillis(2900));
        Matcher last = TRIGGER.matcher(
                staff.get("/kiosk/activities/" + activity + "/code").body());
        assertThat(last.find()).isTrue();
        assertThat(last.group(1)).as("at least one second").isEqualTo("1");
    }

    private static Instant nextInterval(Instant now) {
        long interval = Duration.ofSeconds(30).toMillis();
        return Instant.ofEpochMilli((Math.floorDiv(now.toEpochMilli(), interval) + 1) * interval);
    }

    private PageClient signedIn(String username) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private String planned(String station) {
        ApiResponse planned = admin.post(
                "/api/v1/stations/" + station + "/activities",
                key(),
                "{\"kind\":\"STUDY\",\"title\":\"Kiosk page\",\"date\":\"" + today()
                        + "\",\"startTime\":\"09:00\",\"endTime\":\"11:00\"}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String activity = planned.json().get("activityId").asText();
        org.awaitility.Awaitility.await()
                .until(() -> jdbc.queryForObject(
                                "select count(*) from activity where activity_id = ?", Integer.class, activity)
                        == 1);
        return activity;
    }

    private String user(String role, String stations) {
        String name = "kiosk-page-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
                        + "\",\"stationIds\":[\"" + stations + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
