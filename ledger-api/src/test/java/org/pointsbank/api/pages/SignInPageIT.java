package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * The form sign-in goes through the same throttle as Basic: five wrong passwords lock the username/address pair, and
 * then even the right password is refused, shown as "try again in N s" in the page's language.
 */
class SignInPageIT extends IntegrationTest {

    private static final String PASSWORD = "form-lock-password-1";

    @Test
    void sixWrongPasswordsLockTheFormSignInAndTheRightOneIsStillRefused() throws Exception {
        String name = "form-lock-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"role\":\"AUDITOR\",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        PageClient page = new PageClient(port);
        String last = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            last = page.signIn(name, "wrong-" + attempt)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
        }
        assertThat(last).contains("/?error=locked&retry=");

        HttpResponse<String> right = page.signIn(name, PASSWORD);
        String location = right.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/?error=locked&retry=");
        assertThat(page.get("/audit").statusCode()).isEqualTo(302); // not signed in

        String refusal = page.get(location.substring(location.indexOf("/?"))).body();
        assertThat(refusal).containsPattern("登录失败次数过多，请 \\d+ 秒后再试。");
        assertThat(page.get(location.substring(location.indexOf("/?")) + "&lang=en")
                        .body())
                .containsPattern("Too many failed sign-ins; try again in \\d+ s\\.");
    }
}
