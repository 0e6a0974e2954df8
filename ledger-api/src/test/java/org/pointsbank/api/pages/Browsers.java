package org.pointsbank.api.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Builds the browser of the browser tests: Debian's {@code chromium} and {@code chromium-driver}, both named
 * explicitly so Selenium Manager never runs (it would download a browser and a driver). Headless, as root in CI, with
 * a fresh profile per driver. A missing browser fails the test with the install command; only
 * {@code -Dbrowser.tests=skip} outside CI skips instead.
 */
public final class Browsers {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-wqy-microhei";

    private Browsers() {}

    /** Whether the browser tests may be skipped: asked for, and not in CI (where they never skip). */
    public static boolean skipped() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return !ci && "skip".equals(System.getProperty("browser.tests")) && !installed();
    }

    static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** A started headless Chromium and the profile directory to delete after {@link ChromeDriver#quit()}. */
    public record Started(ChromeDriver driver, Path profile) {

        public void quit() {
            try {
                driver.quit();
            } finally {
                delete(profile);
            }
        }
    }

    public static Started start() {
        if (!installed()) {
            throw new IllegalStateException("the browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": run `" + INSTALL + "` (as root), or pass -Dbrowser.tests=skip"
                    + " outside CI");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("pb-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            return new Started(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary directory: what remains goes with the machine's temp files
        }
    }
}
