package org.pointsbank.api.pages.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.Axe;
import org.pointsbank.api.pages.BrowserTest;

/**
 * A volunteer issues a certificate on {@code /me/certificates} and downloads its PDF; its verification opens on a
 * phone without signing in. Each page in Chinese and in English, each checked by axe.
 */
class CertificateBrowserIT extends BrowserTest {

    private static final String PASSWORD = "certificate-browser-1";

    @Test
    void aVolunteerIssuesAndDownloadsACertificateAndAPhoneVerifiesIt() throws Exception {
        String station = ledger.station();
        ApiResponse card = admin.post(
                "/api/v1/cards",
                UUID.randomUUID().toString(),
                "{\"stationId\":\"" + station + "\",\"holder\":{\"name\":\"王小明\"}}");
        String cardId = card.json().get("cardId").asText();
        ledger.credited(cardId, station, 90, today());
        String username = "cb-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post(
                                "/api/v1/users",
                                UUID.randomUUID().toString(),
                                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                                        + "\",\"role\":\"VOLUNTEER\",\"cardId\":\"" + cardId + "\"}")
                        .status())
                .isEqualTo(201);

        signIn(username, PASSWORD);
        browser().get(url("/me/certificates"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("我的志愿服务记录证明");
        Axe.check(browser(), "me/certificates (zh)");

        browser().findElement(By.id("issue")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("issued")));
        String number = station.toUpperCase() + "-" + today().getYear() + "-000001";
        assertThat(browser().findElement(By.id("issued")).getText()).contains(number);
        String pdf = browser().findElement(By.id("issued-pdf")).getAttribute("href");
        String verification = browser()
                .findElement(By.cssSelector("#issued a[href$='/verification']"))
                .getAttribute("href");
        HttpResponse<byte[]> download = withSession(pdf);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        waitUpTo(Duration.ofSeconds(10)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("certificates")).isEmpty();
        });
        Axe.check(browser(), "me/certificates with one (zh)");

        // a phone that scanned the QR code: no sign-in
        browser().manage().deleteAllCookies();
        browser().manage().window().setSize(new Dimension(390, 844));
        assertThat(verification).isEqualTo(url("/api/v1/certificates/" + idIn(pdf) + "/verification"));
        browser().get(verification);
        assertThat(browser().findElement(By.id("verdict")).getText()).isEqualTo("此证明有效。");
        assertThat(browser().findElement(By.id("holder")).getText()).isEqualTo("王**");
        assertThat(browser().findElement(By.id("number")).getText()).isEqualTo(number);
        Axe.check(browser(), "certificate verification (zh)");

        browser().get(url("/?lang=en"));
        browser().get(verification);
        assertThat(browser().findElement(By.id("verdict")).getText()).isEqualTo("This certificate is valid.");
        Axe.check(browser(), "certificate verification (en)");

        browser().manage().window().setSize(new Dimension(1280, 900));
        signIn(username, PASSWORD);
        browser().get(url("/me/certificates"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("My certificates of volunteer service");
        assertThat(browser().findElement(By.id("certificates")).getText()).contains(number);
        Axe.check(browser(), "me/certificates (en)");
    }

    @Test
    void staffOpenACardsCertificatesOnTheDesk() {
        String station = ledger.station();
        String card = ledger.card(station);

        signIn("admin", ADMIN_PASSWORD);
        browser().get(url("/desk/cards/" + card + "/certificates?lang=zh-CN"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("为这张卡出具证明");
        Axe.check(browser(), "desk/cards/{id}/certificates (zh)");
        browser().findElement(By.id("issue")).click();
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("issued")));

        browser().get(url("/desk/cards/" + card + "/certificates?lang=en"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Issue a certificate for this card");
        Axe.check(browser(), "desk/cards/{id}/certificates (en)");
    }

    /** The certificate id in a PDF link {@code …/{id}.pdf}. */
    private static String idIn(String pdfUrl) {
        String file = pdfUrl.substring(pdfUrl.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".pdf".length());
    }

    /** A GET with the browser's session cookie: what the browser would download. */
    private HttpResponse<byte[]> withSession(String href) throws Exception {
        Cookie session = browser().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
