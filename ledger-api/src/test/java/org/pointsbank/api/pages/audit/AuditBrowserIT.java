package org.pointsbank.api.pages.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/**
 * The auditor's page and the charts in a real browser: an auditor signs in, lands on {@code /audit}, sees the chain
 * verified and pages the trail over htmx; the station's month and a volunteer's months are drawn by ECharts under the
 * pages' CSP. Each page in axe, in Chinese and in English.
 */
class AuditBrowserIT extends BrowserTest {

    private static final String PASSWORD = "audit-browser-password-1";

    @Test
    void anAuditorSeesTheChainVerifiedAndPagesTheTrail() {
        String station = ledger.station();
        for (int i = 0; i < AuditPageController.PAGE + 5; i++) {
            ledger.card(station);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> admin.get("/api/v1/audit/events?limit=1000")
                                .json()
                                .get("events")
                                .size()
                        > AuditPageController.PAGE + 5);
        signIn(user("AUDITOR", null), PASSWORD);
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/audit"));
        assertThat(browser().findElement(By.id("chain-verdict")).getText()).isEqualTo("哈希链完整：事件日志未被改动。");
        assertThat(Long.parseLong(browser().findElement(By.id("events-checked")).getText()))
                .isPositive();
        assertThat(browser().findElement(By.id("reconciliation-verdict")).getText())
                .isEqualTo("每张卡的余额与冻结积分均与事件日志一致。");
        Axe.check(browser(), "audit (zh)");

        assertThat(browser().findElements(By.cssSelector(".trail-page"))).hasSize(1);
        browser().findElement(By.cssSelector(".trail-more a")).click();
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".trail-page"), 2));
        // the second page was swapped in place: still /audit, and its first position follows the first page's last
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/audit"));
        var positions = browser().findElements(By.cssSelector(".trail-row .position"));
        assertThat(Long.parseLong(positions.get(AuditPageController.PAGE).getText()))
                .isGreaterThan(Long.parseLong(
                        positions.get(AuditPageController.PAGE - 1).getText()));
        Axe.check(browser(), "audit, two pages of the trail (zh)");

        browser().findElement(By.cssSelector("a[hreflang=en]")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser().findElement(By.id("chain-verdict")).getText())
                .isEqualTo("The chain is intact: the event log has not been altered.");
        assertThat(browser().findElement(By.id("trail-csv")).getAttribute("href"))
                .isEqualTo(url("/audit/trail.csv"));
        Axe.check(browser(), "audit (en)");
    }

    @Test
    void theStationsMonthAndTheVolunteersMonthsAreDrawn() {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 90, today());
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> admin
                                        .get("/api/v1/stations/" + station + "/overview")
                                        .json()
                                        .get("weeks")
                                        .findValues("volunteer")
                                        .stream()
                                        .mapToLong(v -> v.asLong())
                                        .sum()
                                > 0);
        signIn(user("STAFF", "\"stationIds\":[\"" + station + "\"]"), PASSWORD);
        browser().get(url("/desk/overview?station=" + station));
        awaitChart();
        assertThat(browser().findElement(By.cssSelector(".chart")).getAttribute("aria-label"))
                .startsWith("图表：");
        assertThat(browser().findElement(By.cssSelector(".activities-held")).getText())
                .isEqualTo("0");
        Axe.check(browser(), "desk overview chart (zh)");
        browser().get(url("/desk/overview?station=" + station + "&lang=en"));
        awaitChart();
        assertThat(browser().findElement(By.cssSelector("details summary")).getText())
                .isEqualTo("The figures as a table");
        Axe.check(browser(), "desk overview chart (en)");

        browser().manage().deleteAllCookies();
        signIn(user("VOLUNTEER", "\"cardId\":\"" + card + "\""), PASSWORD);
        browser().get(url("/me/months?lang=zh-CN"));
        awaitChart();
        Axe.check(browser(), "my months chart (zh)");
        browser().get(url("/me/months?lang=en"));
        awaitChart();
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("My card, month by month");
        Axe.check(browser(), "my months chart (en)");
    }

    /** As the desk's and /me's slots do ({@code hx-get … hx-trigger="load"}): a fragment swapped in is drawn too. */
    @Test
    void aChartSwappedInByHtmxIsDrawn() {
        String station = ledger.station();
        signIn("admin", ADMIN_PASSWORD);
        browser().get(url("/audit"));
        assertThat(browser().findElements(By.cssSelector(".chart"))).isEmpty();
        ((JavascriptExecutor) browser())
                .executeScript(
                        "htmx.ajax('GET', '/desk/overview?station=' + arguments[0],"
                                + " {target: '#main', swap: 'beforeend'})",
                        station);
        awaitChart();
        assertThat(browser().findElements(By.cssSelector("#main .overview h2"))).hasSize(1);
        Axe.check(browser(), "audit with a swapped-in chart (zh)");
    }

    /** ECharts has drawn the chart: charts.js marks it and the canvas is there. */
    private void awaitChart() {
        waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart[data-drawn=true] canvas")));
    }

    private String user(String role, String scope) {
        String name = "audit-browser-" + role.toLowerCase() + "-"
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
