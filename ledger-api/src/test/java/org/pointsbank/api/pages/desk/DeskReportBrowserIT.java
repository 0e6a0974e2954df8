package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;
import org.pointsbank.api.report.ReportFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A problem report triaged to verified at the desk in a real browser: accepted, dispatched and resolved by one staff
 * member, whose own verification is refused next to the verdict; verified by another, in English, which credits the
 * reporter. Each page in axe, in Chinese and in English.
 */
class DeskReportBrowserIT extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private CommandGateway gateway;

    @Test
    void aReportIsTriagedToVerifiedAndTheResolversOwnVerificationIsRefused() {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String reportId = reports.submitted(admin, card, reports.category(5), reports.county(station));
        reports.awaitStatus(admin, reportId, "SUBMITTED");
        String resolver = staff(station);
        String verifier = staff(station);

        signIn(resolver, DeskReportClient.PASSWORD);
        browser().get(url("/desk/reports?status=SUBMITTED"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("服务站 Station " + station + " 的问题报告");
        Axe.check(browser(), "desk reports (zh)");
        browser()
                .findElement(By.cssSelector("a[href='/desk/reports/" + reportId + "']"))
                .click();
        waitForStatus("待受理");
        Axe.check(browser(), "desk report, submitted (zh)");

        submit("accept");
        waitForStatus("已受理");
        assertThat(browser().findElement(By.id("done")).getText()).contains("报告已受理。");
        browser().findElement(By.id("dispatch-assignee")).sendKeys("道路养护三组");
        submit("dispatch");
        waitForStatus("已派单");
        new Select(browser().findElement(By.id("resolve-outcome"))).selectByValue("FIXED");
        browser().findElement(By.id("resolve-feedback")).sendKeys("井盖已更换");
        submit("resolve");
        waitForStatus("已处理");

        submit("verify");
        WebElement refusal =
                waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-refusal")));
        assertThat(refusal.getText()).isEqualTo("核验人不能是处理人或报告人。");
        assertThat(browser().findElement(By.id("verify-verdict")).getAttribute("aria-describedby"))
                .isEqualTo("verify-refusal");
        Axe.check(browser(), "desk report, verification refused (zh)");

        browser().manage().deleteAllCookies();
        signIn(verifier, DeskReportClient.PASSWORD);
        browser().get(url("/desk/reports/" + reportId + "?lang=en"));
        waitForStatus("Resolved");
        assertThat(browser()
                        .findElement(By.cssSelector("label[for=verify-verdict]"))
                        .getText())
                .isEqualTo("Verdict");
        Axe.check(browser(), "desk report, resolved (en)");
        new Select(browser().findElement(By.id("verify-verdict"))).selectByValue("CONFIRMED");
        submit("verify");
        waitForStatus("Verified");
        assertThat(browser().findElement(By.id("done")).getText())
                .contains("The verification is recorded.")
                .contains("credited 5 points");
        assertThat(browser().findElements(By.cssSelector("form#verify"))).isEmpty();
        Axe.check(browser(), "desk report, verified (en)");
        browser().get(url("/desk/reports?status=VERIFIED"));
        assertThat(browser().findElement(By.id("reports")).getText()).contains("Verified");
        Axe.check(browser(), "desk reports (en)");
    }

    private void submit(String form) {
        WebElement button = browser().findElement(By.cssSelector("form#" + form + " button[type=submit]"));
        button.click();
        waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    private void waitForStatus(String shown) {
        waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("report-status"), shown));
    }

    private String staff(String station) {
        String name = "desk-rep-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + DeskReportClient.PASSWORD
                        + "\",\"role\":\"STAFF\",\"stationIds\":[\"" + station + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
