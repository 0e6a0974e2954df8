package org.pointsbank.api.pages.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/**
 * The volunteer's pages on a phone (390×844): the card and its statement, and a scanned check-in code opened while
 * signed out, which after the sign-in lands back on the one-tap page; each page in axe, in Chinese and in English.
 */
class MePhoneBrowserIT extends BrowserTest {

    private MePages pages;
    private String station;
    private String card;
    private String volunteer;

    @BeforeEach
    void phone() {
        browser().manage().window().setSize(new Dimension(390, 844));
        pages = new MePages(admin, port);
        station = ledger.station();
        card = ledger.card(station);
        volunteer = pages.volunteer(card);
    }

    @Test
    void theCardItsBalanceAndItsStatementFitAPhone() {
        ledger.credited(card, station, 90, today());
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        admin.get("/api/v1/cards/" + card).json().get("balance").asLong() > 0);
        long balance = admin.get("/api/v1/cards/" + card).json().get("balance").asLong();

        signIn(volunteer, MePages.PASSWORD);
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/me"));
        assertThat(browser().findElement(By.id("balance")).getText()).isEqualTo(String.valueOf(balance));
        assertThat(browser().findElements(By.cssSelector("#statement tr.line"))).hasSize(1);
        assertThat(browser().findElement(By.cssSelector("#statement tr.line")).getText())
                .contains("志愿服务")
                .contains("+" + balance);
        assertThat(pageWidth()).as("nothing wider than the phone").isLessThanOrEqualTo(390L);
        Axe.check(browser(), "me (zh, 390x844)");

        browser().get(url("/me?lang=en"));
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser().findElement(By.cssSelector("#statement tr.line")).getText())
                .contains("Volunteer work");
        Axe.check(browser(), "me (en, 390x844)");
    }

    @Test
    void aScannedCodeOpenedSignedOutLandsOnTheOneTapPageAfterSignInAndOneTapChecksIn() {
        String activity = pages.activity(station, "River bank clean-up");
        String scanned = url("/me/check-in?activity=" + activity + "&code=" + pages.code(activity));

        browser().get(scanned);
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/"));
        browser().findElement(By.id("username")).sendKeys(volunteer);
        browser().findElement(By.id("password")).sendKeys(MePages.PASSWORD);
        browser()
                .findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]"))
                .click();

        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(scanned));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("River bank clean-up");
        assertThat(pages.roster(activity))
                .as("opening the page changes nothing")
                .isEmpty();
        Axe.check(browser(), "me/check-in one tap (zh, 390x844)");

        browser().findElement(By.cssSelector("#tap button")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser().findElement(By.id("done")).getText()).contains("已签到");
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/me/check-in?activity=" + activity));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> pages.roster(activity).equals(List.of(card + "=CHECKED_IN")));
        Axe.check(browser(), "me/check-in done (zh, 390x844)");

        browser().get(url("/me/check-in?activity=" + activity + "&code=" + pages.code(activity) + "&lang=en"));
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser().findElement(By.cssSelector("#tap button")).getText())
                .isEqualTo("Check out");
        Axe.check(browser(), "me/check-in one tap (en, 390x844)");
    }

    @Test
    void activitiesReportsAndTheReadingRoomPassAxeOnAPhone() {
        String activity = pages.activity(station, "Tree planting");
        signIn(volunteer, MePages.PASSWORD);
        browser().get(url("/me/activities"));
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("li[data-activity='" + activity + "']")));
        Axe.check(browser(), "me/activities (zh, 390x844)");
        browser()
                .findElement(By.cssSelector("li[data-activity='" + activity + "'] button[type=submit]"))
                .click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> pages.roster(activity).equals(List.of(card + "=SIGNED_UP")));
        browser().get(url("/me/activities?lang=en"));
        Axe.check(browser(), "me/activities (en, 390x844)");

        browser().get(url("/me/reports?lang=zh-CN"));
        assertThat(browser().findElement(By.id("no-reports")).getText()).isEqualTo("您还没有上报过问题。");
        Axe.check(browser(), "me/reports (zh, 390x844)");
        browser().get(url("/me/reports?lang=en"));
        Axe.check(browser(), "me/reports (en, 390x844)");

        browser().get(url("/me/reading-room?station=" + station + "&code=" + pages.roomCode(station)));
        assertThat(browser().findElement(By.cssSelector("#tap button")).getText())
                .isEqualTo("Start reading");
        Axe.check(browser(), "me/reading-room (en, 390x844)");
        browser().get(url("/me/reading-room?station=" + station + "&code=" + pages.roomCode(station) + "&lang=zh-CN"));
        assertThat(browser().findElement(By.cssSelector("#tap button")).getText())
                .isEqualTo("开始阅览");
        Axe.check(browser(), "me/reading-room (zh, 390x844)");
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser()).executeScript("return document.documentElement.scrollWidth;");
    }
}
