package org.pointsbank.api.pages;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pointsbank.api.IntegrationTest;

/**
 * Base of the browser tests: the shared application context of {@link IntegrationTest} (no annotations here), one
 * headless Chromium per test class ({@link Browsers}), cookies cleared before every test. Waits are
 * {@link WebDriverWait}s, never sleeps.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static Browsers.Started started;

    @BeforeAll
    static void startBrowser() {
        assumeThat(Browsers.skipped()).as("-Dbrowser.tests=skip outside CI").isFalse();
        started = Browsers.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (started != null) {
            started.quit();
            started = null;
        }
    }

    @BeforeEach
    void freshBrowser() {
        browser().manage().deleteAllCookies();
        browser().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    protected WebDriver browser() {
        return started.driver();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(browser(), duration);
    }

    /** Opens the sign-in page, signs in and waits until the landing page is shown. */
    protected void signIn(String username, String password) {
        browser().get(url("/"));
        browser().findElement(By.id("username")).sendKeys(username);
        browser().findElement(By.id("password")).sendKeys(password);
        browser()
                .findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]"))
                .click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/"))));
    }
}
