package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/** A gift at the desk in a real browser: place a redemption of two, then hand it over; axe in Chinese and English. */
class DeskRedemptionBrowserIT extends BrowserTest {

    @Test
    void placeThenFulfil() {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 120, today());
        String gift = ledger.gift(station, 5, 3, null);
        signIn(DeskUsers.staff(admin, station), DeskUsers.PASSWORD);

        browser().get(url("/desk/cards/" + card + "/redemptions"));
        waitFor(By.id("redeem-form"));
        assertThat(text("balance")).isEqualTo("20");
        Axe.check(browser(), "redemptions (zh)");

        new Select(browser().findElement(By.id("giftId"))).selectByValue(gift);
        WebElement quantity = browser().findElement(By.id("quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        browser()
                .findElement(By.cssSelector("#redeem-form button[type=submit]"))
                .click();
        waitFor(By.id("result"));
        assertThat(text("result")).contains("10");
        assertThat(text("available")).isEqualTo("10");
        assertThat(browser()
                        .findElement(By.cssSelector("tr.redemption .status"))
                        .getText())
                .isEqualTo("已预留");
        Axe.check(browser(), "redemptions, placed (zh)");

        browser()
                .findElement(By.cssSelector("tr.redemption form.fulfil button"))
                .click();
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("tr.redemption .status"), "已交付"));
        assertThat(text("balance")).isEqualTo("10");
        assertThat(admin.get("/api/v1/cards/" + card + "/redemptions")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("FULFILLED");

        browser().get(url("/desk/cards/" + card + "/redemptions?lang=en"));
        waitFor(By.id("redeem-form"));
        assertThat(browser()
                        .findElement(By.cssSelector("tr.redemption .status"))
                        .getText())
                .isEqualTo("Handed over");
        Axe.check(browser(), "redemptions (en)");
    }

    private String text(String id) {
        return browser().findElement(By.id(id)).getText();
    }

    private void waitFor(By element) {
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
