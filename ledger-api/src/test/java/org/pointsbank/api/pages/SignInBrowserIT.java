package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page in a real browser: Chinese by default, English when chosen and remembered, each in axe. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void chineseByDefaultEnglishWhenChosenAndRemembered() {
        browser().get(url("/"));
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("zh-CN");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        Axe.check(browser(), "sign-in (zh)");

        browser().findElement(By.cssSelector("a[hreflang=en]")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser().findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("Username");
        Axe.check(browser(), "sign-in (en)");

        browser().get(url("/"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageAndTheAdminLandsOnTheDesk() {
        browser().get(url("/"));
        browser().findElement(By.id("username")).sendKeys("admin");
        browser().findElement(By.id("password")).sendKeys("not-the-password");
        browser()
                .findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]"))
                .click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
        assertThat(browser().findElement(By.id("signin-error")).getText()).isEqualTo("用户名或密码不正确。");
        Axe.check(browser(), "sign-in refused (zh)");

        signIn("admin", ADMIN_PASSWORD);
        // the desk itself is part B's page; the landing and the session are what is tested here
        assertThat(browser().getCurrentUrl()).isEqualTo(url("/desk"));
        assertThat(browser().manage().getCookieNamed("JSESSIONID")).isNotNull();
    }
}
