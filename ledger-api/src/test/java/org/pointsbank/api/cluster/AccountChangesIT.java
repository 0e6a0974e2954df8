package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.PageClient;

/**
 * An account changed on one instance takes effect on the other within 5 seconds, although each remembers verified
 * passwords for a minute: the old password and a disabled user are refused there over HTTP Basic, and the user's page
 * session there ends.
 */
class AccountChangesIT {

    private static final String PASSWORD = "a-long-enough-secret-1";
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @TempDir
    static Path dir;

    private static TwoInstances cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = TwoInstances.start(dir, "--pointsbank.auth.credential-cache-ttl=60s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aUserDisabledOnOneInstanceIsRefusedOnTheOtherAndTheirPageSessionEnds() throws Exception {
        String name = user();
        ApiClient onSecond = new ApiClient(cluster.port(1), name, PASSWORD);
        assertThat(onSecond.get("/api/v1/users/me").status()).isEqualTo(200); // remembered there from now on
        PageClient browser = new PageClient(cluster.port(1));
        assertThat(browser.signIn(name, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/audit"));
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);

        ApiResponse disabled = cluster.admin(0).post("/api/v1/users/" + name + "/disable", key(), null);
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() ->
                        assertThat(onSecond.get("/api/v1/users/me").status()).isEqualTo(401));
        assertThat(browser.get("/audit").statusCode()).isEqualTo(302);

        cluster.admin(0).post("/api/v1/users/" + name + "/enable", key(), null);
        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() ->
                        assertThat(onSecond.get("/api/v1/users/me").status()).isEqualTo(200));
    }

    @Test
    void aPasswordChangedOnOneInstanceEndsTheOldPasswordAndTheSessionOnTheOther() throws Exception {
        String name = user();
        String newPassword = "another-long-secret-2";
        ApiClient onSecond = new ApiClient(cluster.port(1), name, PASSWORD);
        assertThat(onSecond.get("/api/v1/users/me").status()).isEqualTo(200);
        PageClient browser = new PageClient(cluster.port(1));
        browser.signIn(name, PASSWORD);
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);

        ApiResponse changed = new ApiClient(cluster.port(0), name, PASSWORD)
                .send(
                        "PUT",
                        "/api/v1/users/me/password",
                        "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}",
                        Map.of("Content-Type", "application/json", "Idempotency-Key", key()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() ->
                        assertThat(onSecond.get("/api/v1/users/me").status()).isEqualTo(401));
        assertThat(browser.get("/audit").statusCode()).isEqualTo(302);
        assertThat(onSecond.as(name, newPassword).get("/api/v1/users/me").status())
                .isEqualTo(200);
    }

    /** A new auditor, created on instance 0. */
    private static String user() {
        String name = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = cluster.admin(0)
                .post(
                        "/api/v1/users",
                        key(),
                        "{\"role\":\"AUDITOR\",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
