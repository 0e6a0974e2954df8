package org.pointsbank.api.pages.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/**
 * The kiosk in a browser: a kiosk account lands on its station's activities today; the code screen shows the QR code
 * (an image with a name) and the API's current code in digits, and fetches the next one by itself.
 */
class KioskBrowserIT extends BrowserTest {

    private static final String PASSWORD = "kiosk-browser-pass-1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theCodeScreenShowsTheApisCodeAndRefreshesItself() {
        String station = ledger.station();
        String activity = planned(station, "晨读会");
        String kiosk = kioskOf(station);
        signIn(kiosk, PASSWORD);
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/kiosk"));
        Axe.check(browser(), "kiosk (zh)");

        // shortly before the code changes, so the screen's refresh (2 s before expiry, at least 1 s) comes soon
        clock.travelTo(nextInterval(clock.instant()).minusMillis(3500));
        browser().findElement(By.linkText("晨读会（09:00–11:00）")).click();
        waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("digits")));
        WebElement qr = browser().findElement(By.cssSelector("#code svg"));
        assertThat(qr.getAttribute("role")).isEqualTo("img");
        assertThat(qr.getAttribute("aria-label")).contains("晨读会");
        String first = browser().findElement(By.id("digits")).getText();
        assertThat(first).isEqualTo(apiCode(activity));
        Axe.check(browser(), "kiosk activity code (zh)");

        waitUpTo(WAIT).until(d -> !d.findElement(By.id("digits")).getText().equals(first));
        assertThat(browser().findElement(By.id("digits")).getText()).isEqualTo(apiCode(activity));

        browser().get(url("/kiosk/reading-room?lang=en"));
        waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser().findElement(By.id("digits")).getText())
                .isEqualTo(admin.get("/api/v1/stations/" + station + "/reading-room/code")
                        .json()
                        .get("code")
                        .asText());
        assertThat(browser().findElement(By.id("fullscreen")).getText()).isEqualTo("Full screen");
        Axe.check(browser(), "kiosk reading room code (en)");
        browser().get(url("/kiosk/activities/" + activity));
        Axe.check(browser(), "kiosk activity code (en)");
    }

    private String apiCode(String activity) {
        ApiResponse code = admin.get("/api/v1/activities/" + activity + "/check-in-code");
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        return code.json().get("code").asText();
    }

    private static Instant nextInterval(Instant now) {
        long interval = Duration.ofSeconds(30).toMillis();
        return Instant.ofEpochMilli((Math.floorDiv(now.toEpochMilli(), interval) + 1) * interval);
    }

    private String planned(String station, String title) {
        ApiResponse planned = admin.post(
                "/api/v1/stations/" + station + "/activities",
                key(),
                "{\"kind\":\"VOLUNTEER\",\"title\":\"" + title + "\",\"date\":\"" + today()
                        + "\",\"startTime\":\"09:00\",\"endTime\":\"11:00\"}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String activity = planned.json().get("activityId").asText();
        org.awaitility.Awaitility.await()
                .until(() -> jdbc.queryForObject(
                                "select count(*) from activity where activity_id = ?", Integer.class, activity)
                        == 1);
        return activity;
    }

    private String kioskOf(String station) {
        String name = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"KIOSK\",\"stationIds\":[\""
                        + station + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
