package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * The two security chains over plain HTTP (no browser): the API stays stateless Basic without CSRF, the pages sign
 * in with a form, a session cookie and CSRF, and their language is Chinese unless {@code ?lang=en} chose English.
 */
class PageSecurityIT extends IntegrationTest {

    private static final String PASSWORD = "page-password-12";

    @Test
    void theApiStaysStatelessBasicWithoutCsrf() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> me = plain.send(
                HttpRequest.newBuilder(uri("/api/v1/users/me"))
                        .header("Authorization", basic("admin", ADMIN_PASSWORD))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();

        // a changing API request needs no CSRF token: its Idempotency-Key and Basic credentials are what it takes
        String station = "p-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = plain.send(
                HttpRequest.newBuilder(uri("/api/v1/stations"))
                        .header("Authorization", basic("admin", ADMIN_PASSWORD))
                        .header("Idempotency-Key", key())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"id\":\"" + station + "\",\"name\":\"Page station\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();

        // and an anonymous API request is still answered 401 problem+json with the Basic challenge, not a redirect
        HttpResponse<String> anonymous = plain.send(
                HttpRequest.newBuilder(uri("/api/v1/users/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSignInFormTakesCsrfAndLandsOnTheRolesPage() throws Exception {
        PageClient browser = new PageClient(port);
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"").contains("登录");

        // without the token the form is refused, and nobody is signed in
        HttpResponse<String> forged = browser.post("/sign-in", "username=admin&password=" + ADMIN_PASSWORD);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/desk").statusCode()).isEqualTo(302);

        HttpResponse<String> wrong = browser.signIn("admin", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/?error=wrong"));

        HttpResponse<String> signedIn = browser.signIn("admin", ADMIN_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
        assertThat(browser.get("/").body()).contains("退出登录");

        // a changing page request without the token is refused even when signed in
        assertThat(browser.post("/sign-out", "").statusCode()).isEqualTo(403);
        assertThat(browser.get("/").body()).contains("退出登录");
        HttpResponse<String> out = browser.post("/sign-out", "_csrf=" + browser.csrf("/"));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.get("/desk").statusCode()).isEqualTo(302);
    }

    @Test
    void eachRoleLandsOnItsPageAndMayNotOpenTheOthers() throws Exception {
        String auditor = "page-aud-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"role\":\"AUDITOR\",\"username\":\"" + auditor + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        PageClient browser = new PageClient(port);
        HttpResponse<String> signedIn = browser.signIn(auditor, PASSWORD);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/audit"));
        HttpResponse<String> desk = browser.get("/desk");
        assertThat(desk.statusCode()).isEqualTo(403);
        assertThat(desk.body()).contains("无权访问");

        // the API does not take the page's session: without Basic it is still anonymous there
        assertThat(browser.get("/api/v1/users/me").statusCode()).isEqualTo(401);

        // disabled after sign-in: the session is dropped at the next page request
        assertThat(admin.post("/api/v1/users/" + auditor + "/disable", key(), null)
                        .status())
                .isEqualTo(200);
        assertThat(browser.get("/audit").statusCode()).isEqualTo(302);
    }

    @Test
    void langEnSwitchesToEnglishAndIsRemembered() throws Exception {
        PageClient browser = new PageClient(port);
        HttpResponse<String> english = browser.get("/?lang=en");
        assertThat(english.body())
                .contains("<html lang=\"en\"")
                .contains("Sign in")
                .contains("Username");
        assertThat(english.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("pb_lang=en"));

        HttpResponse<String> later = browser.get("/");
        assertThat(later.body()).contains("<html lang=\"en\"").contains("Password");

        HttpResponse<String> back = browser.get("/?lang=zh-CN");
        assertThat(back.body()).contains("<html lang=\"zh-CN\"").contains("用户名");
        // the layout's files are served to anyone, the WebJar without its version in the URL (webjars-locator-lite)
        for (String file : new String[] {"/webjars/htmx.org/dist/htmx.min.js", "/css/pages.css", "/js/pages.js"}) {
            assertThat(browser.get(file).statusCode()).as(file).isEqualTo(200);
        }
        // an unknown language is ignored, not an error
        assertThat(browser.get("/?lang=%3Cx%3E").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesForbidInlineScriptAndFraming() throws Exception {
        HttpResponse<String> page = new PageClient(port).get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(org.pointsbank.api.security.PageSecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
