package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/**
 * Crediting a card at the desk in a real browser: staff sign in, find the card with the card field (a scanner types
 * the id and Enter), credit 90 minutes and see +15 on the balance; a form sent twice at once, or again after going
 * back, records one line; a refused credit shows its reason next to the field. Each page in axe, Chinese and English.
 */
class DeskCreditBrowserIT extends BrowserTest {

    private String station;
    private String card;

    @BeforeEach
    void aCardAtTheStaffsStation() {
        station = ledger.station();
        card = ledger.card(station);
        signIn(DeskUsers.staff(admin, station), DeskUsers.PASSWORD);
    }

    @Test
    void creditNinetyMinutesOnceHoweverTheFormIsSent() {
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/desk"));
        assertThat(text("current-station")).contains(station);
        Axe.check(browser(), "desk (zh)");

        browser().findElement(By.id("find")).sendKeys("pointsbank:card:" + card, Keys.ENTER);
        waitFor(By.id("volunteer-form"));
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/desk/cards/" + card));
        Axe.check(browser(), "card (zh)");

        fillVolunteer("90");
        browser()
                .findElement(By.cssSelector("#volunteer-form button[type=submit]"))
                .click();
        waitFor(By.id("result"));
        assertThat(text("result")).contains("15");
        assertThat(text("balance")).isEqualTo("15");
        assertThat(lines()).isEqualTo(1);

        fillVolunteer("60");
        ((JavascriptExecutor) browser())
                .executeScript(
                        "var f = document.getElementById('volunteer-form'); f.requestSubmit(); f.requestSubmit();");
        waitUpTo(Duration.ofSeconds(10))
                .until(d -> lines() == 2 && d.findElements(By.id("result")).size() == 1);
        assertThat(text("balance")).isEqualTo("25");

        browser().navigate().back();
        waitFor(By.id("volunteer-form"));
        browser()
                .findElement(By.cssSelector("#volunteer-form button[type=submit]"))
                .click();
        waitFor(By.id("result"));
        assertThat(text("result")).as("the form's first answer, replayed").contains("已经记录过了");
        assertThat(lines()).as("back and resubmit: still one line for the form").isEqualTo(2);
        assertThat(text("balance")).isEqualTo("25");
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").json().get("entries"))
                .hasSize(2);
    }

    @Test
    void aRefusedCreditShowsItsReasonNextToTheField() {
        browser().get(url("/desk/cards/" + card));
        fillVolunteer("90");
        WebElement day = browser().findElement(By.id("volunteer-day"));
        ((JavascriptExecutor) browser())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        day,
                        today().plusDays(1).toString());
        browser()
                .findElement(By.cssSelector("#volunteer-form button[type=submit]"))
                .click();

        waitFor(By.id("volunteer-day-error"));
        assertThat(text("volunteer-day-error")).isEqualTo("日期不能在将来，也不能太早。");
        assertThat(browser().findElement(By.id("volunteer-day")).getAttribute("aria-describedby"))
                .isEqualTo("volunteer-day-error");
        assertThat(browser().findElement(By.id("volunteer-activity")).getAttribute("value"))
                .as("what was typed is kept")
                .isEqualTo("Park clean-up 公园清洁");
        Axe.check(browser(), "card, credit refused (zh)");
        assertThat(lines()).isZero();

        browser().get(url("/desk/cards/" + card + "?lang=en"));
        waitFor(By.id("volunteer-form"));
        assertThat(browser()
                        .findElement(By.cssSelector("label[for=volunteer-minutes]"))
                        .getText())
                .isEqualTo("Minutes");
        Axe.check(browser(), "card (en)");
        browser().get(url("/desk"));
        assertThat(browser().findElement(By.cssSelector("label[for=find]")).getText())
                .isEqualTo("Card");
        Axe.check(browser(), "desk (en)");
    }

    private void fillVolunteer(String minutes) {
        WebElement activity = browser().findElement(By.id("volunteer-activity"));
        activity.clear();
        activity.sendKeys("Park clean-up 公园清洁");
        WebElement field = browser().findElement(By.id("volunteer-minutes"));
        field.clear();
        field.sendKeys(minutes);
    }

    private long lines() {
        return browser().findElements(By.cssSelector("#statement tr.line")).size();
    }

    private String text(String id) {
        return browser().findElement(By.id(id)).getText();
    }

    private void waitFor(By element) {
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
