package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pointsbank.api.ApiResponse;

/**
 * Screenshots of the pages for the README, in Chinese: into {@code docs/screenshots/} with
 * {@code -Dscreenshots.refresh=true}, else into {@code target/screenshots/} (so an ordinary run never changes the
 * repository). The pages are listed in {@link #SHOTS}, and only there.
 */
class ScreenshotsIT extends BrowserTest {

    private static final String PASSWORD = "screenshots-password-1";

    /** A page to photograph: its file name, who is signed in, the path opened, and what shows it is drawn. */
    record Shot(String name, String role, Function<Fixture, String> path, By ready) {}

    /** What the shots show: a station with a card credited this month. */
    record Fixture(String station, String card) {}

    /** Every page photographed (the README links them): run with {@code -Dscreenshots.refresh=true} to renew. */
    static final List<Shot> SHOTS = List.of(
            // staff of one station: the desk works for it, and its month is swapped in by htmx and drawn
            new Shot("desk", "STAFF", f -> "/desk", By.cssSelector("#overview .chart[data-drawn=true] canvas")),
            // the volunteer's card with their months swapped in and drawn
            new Shot("me", "VOLUNTEER", f -> "/me", By.cssSelector("#months .chart[data-drawn=true] canvas")),
            new Shot("audit", "AUDITOR", f -> "/audit", By.id("chain-verdict")),
            // the kiosk of the station at the reading-room door: the rotating code as a QR code and digits
            new Shot("kiosk", "KIOSK", f -> "/kiosk/reading-room", By.cssSelector("#code .qr-box svg")),
            new Shot(
                    "desk-overview",
                    "STAFF",
                    f -> "/desk/overview?station=" + f.station(),
                    By.cssSelector(".chart[data-drawn=true] canvas")),
            new Shot("me-months", "VOLUNTEER", f -> "/me/months", By.cssSelector(".chart[data-drawn=true] canvas")));

    @Test
    void everyPageIsPhotographedInChinese() throws IOException {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 90, today());
        ledger.study(card, station, 60, today());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> admin.get("/api/v1/cards/" + card + "/months")
                                .json()
                                .get("months")
                                .get(11)
                                .get("volunteerPoints")
                                .asLong()
                        > 0);
        Fixture fixture = new Fixture(station, card);
        Path folder = Boolean.getBoolean("screenshots.refresh")
                ? Path.of("..", "docs", "screenshots")
                : Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (Shot shot : SHOTS) {
            browser().manage().deleteAllCookies();
            signIn(user(shot.role(), fixture), PASSWORD);
            browser().get(url(shot.path().apply(fixture)));
            waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(shot.ready()));
            assertThat(browser().findElement(By.tagName("html")).getAttribute("lang"))
                    .as(shot.name())
                    .isEqualTo("zh-CN");
            byte[] png = wholePage();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).as(shot.name()).isEqualTo(1280);
            Path file = folder.resolve(shot.name() + ".png");
            Files.write(file, png);
            System.out.println(
                    "screenshot " + shot.name() + ": " + file.toAbsolutePath().normalize());
        }
    }

    /** The whole page, not only the first screen (DevTools' capture beyond the viewport), at most 3000 px tall. */
    @SuppressWarnings("unchecked")
    private byte[] wholePage() {
        ChromiumDriver chromium = (ChromiumDriver) browser();
        Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.min(Math.max(((Number) content.get("height")).doubleValue(), 900), 3000);
        Map<String, Object> shot = chromium.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private String user(String role, Fixture fixture) {
        String scope = switch (role) {
            case "STAFF", "KIOSK" -> ",\"stationIds\":[\"" + fixture.station() + "\"]";
            case "VOLUNTEER" -> ",\"cardId\":\"" + fixture.card() + "\"";
            default -> "";
        };
        String name = "shot-" + role.toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"" + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
