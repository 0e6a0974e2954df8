package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.FromAddress;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in throttle and the per-address limit through real TCP clients at distinct loopback addresses
 * (127.0.0.1 is every other test's; these use 127.0.0.2 and up). Five failures lock a (username, address) pair.
 */
class SignInThrottleIT extends IntegrationTest {

    private static final String PASSWORD = "a-long-secret-1";
    private static final String STATIONS = "/api/v1/stations";

    @Autowired
    private AnonymousRateLimit anonymous;

    @Test
    void headersSpringAcceptsAsBasicAreCountedAndRefusedWhileLocked() {
        // Spring's BasicAuthenticationConverter takes any header starting "Basic" and decodes from its 7th character
        for (String scheme : List.of("Basicx", "Basic\t", "bAsIc ")) {
            String name = user();
            FromAddress attacker = new FromAddress("127.0.0.2", port);
            for (int i = 0; i < 5; i++) {
                assertThat(attacker.get(STATIONS, scheme + base64(name + ":guess-" + i))
                                .status())
                        .as(scheme.replace("\t", "<TAB>") + " guess " + i)
                        .isEqualTo(401);
            }

            ApiResponse rightPasswordSameScheme = attacker.get(STATIONS, scheme + base64(name + ":" + PASSWORD));
            ApiResponse rightPasswordPlainScheme = attacker.get(STATIONS, "Basic " + base64(name + ":" + PASSWORD));

            for (ApiResponse locked : List.of(rightPasswordSameScheme, rightPasswordPlainScheme)) {
                assertThat(locked.status())
                        .as(scheme.replace("\t", "<TAB>") + " " + locked)
                        .isEqualTo(429);
                assertThat(locked.code()).isEqualTo("RATE_LIMITED");
                assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 60);
                assertThat(locked.header("WWW-Authenticate")).isNull();
            }
        }
    }

    @Test
    void aStrangersFailuresFromOneAddressNeverLockTheAdminOutFromAnother() {
        FromAddress stranger = new FromAddress("127.0.0.3", port);
        List<Integer> strangersAnswers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            strangersAnswers.add(
                    stranger.get(STATIONS, basic("admin", "guess-" + i)).status());
        }

        ApiResponse adminAtTheirDesk = new FromAddress("127.0.0.4", port).get(STATIONS, basic("admin", ADMIN_PASSWORD));

        assertThat(strangersAnswers).startsWith(401, 401, 401, 401, 401).endsWith(429);
        assertThat(adminAtTheirDesk.status()).as(adminAtTheirDesk.toString()).isEqualTo(200);
        assertThat(admin.get(STATIONS).status()).isEqualTo(200);
    }

    @Test
    void aVictimsOwnSuccessesDoNotResetTheAttackersCount() {
        String name = user();
        FromAddress attacker = new FromAddress("127.0.0.5", port);
        FromAddress victim = new FromAddress("127.0.0.6", port);
        for (int i = 0; i < 4; i++) {
            assertThat(attacker.get(STATIONS, basic(name, "guess-" + i)).status())
                    .isEqualTo(401);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(victim.get(STATIONS, basic(name, PASSWORD)).status()).isEqualTo(200);
        }

        assertThat(attacker.get(STATIONS, basic(name, "guess-4")).status()).isEqualTo(401);
        assertThat(attacker.get(STATIONS, basic(name, "guess-5")).status())
                .as("the fifth failure locked")
                .isEqualTo(429);
        assertThat(victim.get(STATIONS, basic(name, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void eachFailureAfterALockDoublesIt() {
        String name = user();
        FromAddress attacker = new FromAddress("127.0.0.7", port);
        for (int i = 0; i < 5; i++) {
            attacker.get(STATIONS, basic(name, "guess-" + i));
        }
        List<Integer> retryAfter = new ArrayList<>();
        for (int lock = 0; lock < 3; lock++) {
            ApiResponse locked = attacker.get(STATIONS, basic(name, "while-locked"));
            assertThat(locked.status()).isEqualTo(429);
            retryAfter.add(Integer.parseInt(locked.header("Retry-After")));
            clock.advance(Duration.ofSeconds(retryAfter.get(lock) + 1L));
            assertThat(attacker.get(STATIONS, basic(name, "after-lock-" + lock)).status())
                    .isEqualTo(401);
        }

        assertThat(retryAfter).hasSize(3);
        assertThat(retryAfter.get(0)).isBetween(55, 60);
        assertThat(retryAfter.get(1)).isBetween(115, 120);
        assertThat(retryAfter.get(2)).isBetween(235, 240);
    }

    @Test
    void anAnonymousFloodFromOneAddressGets429BeforeAnyPasswordIsChecked() {
        assertThat(admin.get(STATIONS).status()).isEqualTo(200); // the admin's password check is remembered
        AnonymousRateLimit.Rate shared = anonymous.limitTo(new AnonymousRateLimit.Rate(1, 5));
        try {
            FromAddress flood = new FromAddress("127.0.0.8", port);
            List<ApiResponse> anonymousAnswers = new ArrayList<>();
            List<ApiResponse> guessAnswers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                anonymousAnswers.add(flood.get(STATIONS, null));
            }
            FromAddress guesser = new FromAddress("127.0.0.9", port);
            for (int i = 0; i < 12; i++) {
                guessAnswers.add(guesser.get(STATIONS, basic("nobody-" + UUID.randomUUID(), "guess")));
            }
            ApiResponse signedInFromTheFloodedAddress = flood.get(STATIONS, basic("admin", ADMIN_PASSWORD));

            for (List<ApiResponse> answers : List.of(anonymousAnswers, guessAnswers)) {
                assertThat(answers.subList(0, 5))
                        .allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
                ApiResponse last = answers.get(answers.size() - 1);
                assertThat(last.status()).as(last.toString()).isEqualTo(429);
                assertThat(last.code()).isEqualTo("RATE_LIMITED");
                assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 2);
            }
            assertThat(signedInFromTheFloodedAddress.status())
                    .as("remembered credentials cost no check")
                    .isEqualTo(200);
            assertThat(new FromAddress("127.0.0.10", port).get(STATIONS, null).status())
                    .isEqualTo(401);
        } finally {
            anonymous.limitTo(shared);
        }
    }

    private String user() {
        String name = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"role\":\"AUDITOR\",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    private static String basic(String username, String password) {
        return "Basic " + base64(username + ":" + password);
    }

    private static String base64(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
