package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/** The activity desk in a browser: plan, roster, a scanned check-in over htmx, paper attendance, the close's table. */
class DeskActivityBrowserIT extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** A wait across an htmx swap: an element found just before it is replaced is looked up again. */
    private WebDriverWait swapped() {
        return (WebDriverWait) waitUpTo(WAIT).ignoring(StaleElementReferenceException.class);
    }

    @Test
    void rosterScanAndCloseWithItsOutcomeTable() {
        String station = ledger.station();
        String came = ledger.card(station);
        String stayedAway = ledger.card(station);
        signIn(DeskPages.staffOf(admin, station), DeskPages.PASSWORD);

        browser().get(url("/desk/activities")); // staff of one station: the desk works for it
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("zh-CN");
        Axe.check(browser(), "desk activities (zh)");
        browser().findElement(By.id("title")).sendKeys("社区图书整理");
        browser().findElement(By.cssSelector("#plan-form button[type=submit]")).click();
        waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("scan-form")));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("社区图书整理");

        browser().findElement(By.id("cardIds")).sendKeys(came + "\n" + stayedAway);
        browser()
                .findElement(By.cssSelector("#roster-form button[type=submit]"))
                .click();
        waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("line-" + stayedAway)));

        WebElement field = browser().findElement(By.id("cardId"));
        field.sendKeys("pointsbank:card:" + came, Keys.ENTER);
        swapped().until(ExpectedConditions.textToBe(By.cssSelector("#line-" + came + " .line-status"), "已签到"));
        assertThat(browser().findElement(By.id("scan-note")).getText()).contains(came);
        WebElement next = browser().findElement(By.id("cardId"));
        assertThat(next.getAttribute("value")).isEmpty();
        swapped().until(d -> d.switchTo().activeElement().equals(d.findElement(By.id("cardId"))));
        Axe.check(browser(), "desk activity, scanned (zh)");

        next.sendKeys(came, Keys.ENTER);
        swapped().until(d -> "true".equals(d.findElement(By.id("cardId")).getDomAttribute("aria-invalid")));
        assertThat(browser().findElement(By.id("scan-form")).getText()).contains("此卡已签到");

        browser().findElement(By.id("entries")).sendKeys(came + " 60");
        browser()
                .findElement(By.cssSelector("#attendance-form button[type=submit]"))
                .click();
        waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("note")));
        browser().findElement(By.cssSelector("#close-form button[type=submit]")).click();
        waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-table")));

        assertThat(browser()
                        .findElement(By.cssSelector("#outcome-table tr.credited"))
                        .getText())
                .contains(came)
                .contains("已记积分")
                .contains("60");
        assertThat(browser()
                        .findElement(By.cssSelector("#outcome-table tr.no-show"))
                        .getText())
                .contains(stayedAway)
                .contains("未到");
        assertThat(browser().findElements(By.id("scan-form"))).isEmpty();
        Axe.check(browser(), "desk activity, closed (zh)");

        browser().get(browser().getCurrentUrl() + "?lang=en");
        waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser().findElement(By.id("outcome-heading")).getText()).isEqualTo("Outcome of the close");
        assertThat(browser()
                        .findElement(By.cssSelector("#outcome-table tr.no-show"))
                        .getText())
                .contains("No-show");
        Axe.check(browser(), "desk activity, closed (en)");
        browser().get(url("/desk/activities"));
        Axe.check(browser(), "desk activities (en)");
    }
}
