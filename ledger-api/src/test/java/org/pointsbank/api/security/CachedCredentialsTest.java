package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The credential cache, with a password check that counts its calls and can be held back. */
class CachedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicLong now = new AtomicLong();
    private volatile boolean holdChecks = true;
    private volatile String validPassword = "secret";
    private volatile boolean databaseGone;

    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            if (holdChecks) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (databaseGone) { // as DaoAuthenticationProvider reports a user lookup that could not reach PostgreSQL
                throw new InternalAuthenticationServiceException(
                        "lookup failed", new CannotGetJdbcConnectionException("pool", (SQLException) null));
            }
            if (!validPassword.equals(authentication.getCredentials())) {
                throw new BadCredentialsException("bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final CachedCredentials cache = new CachedCredentials(
            passwords,
            Duration.ofSeconds(60),
            now::get,
            new SignInThrottle(limits(1_000), Clock.systemUTC()),
            new AnonymousRateLimit(new AnonymousRateLimit.Rate(1_000_000, 1_000_000)));

    private static PointsBankProperties.Limits limits(int failedSignInsBeforeLock) {
        return new PointsBankProperties.Limits(
                65536, 200, 400, failedSignInsBeforeLock, Duration.ofSeconds(60), Duration.ofHours(1), 5, 20, 1);
    }

    private static Authentication basic(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("ops", password);
    }

    @Test
    void concurrentRequestsWithUnknownCredentialsWaitForOneCheck() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Authentication>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(clients.submit(() -> cache.authenticate(basic("secret"))));
            }
            await().until(() -> checks.get() >= 1);
            release.countDown();
            for (Future<Authentication> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).isAuthenticated()).isTrue();
            }
            // every client that came while the first check ran shared it; a straggler may have found it cached
            assertThat(checks.get()).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aRememberedCheckIsRepeatedInTheBackgroundAfterHalfItsLifetime() {
        holdChecks = false;
        cache.authenticate(basic("secret"));
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        cache.authenticate(basic("secret"));
        assertThat(checks.get()).isEqualTo(1);

        now.addAndGet(Duration.ofSeconds(20).toNanos()); // 40 s: older than half of 60 s
        assertThat(cache.authenticate(basic("secret")).isAuthenticated()).isTrue(); // answered from the cache
        await().untilAsserted(() -> assertThat(checks.get()).isEqualTo(2));
    }

    @Test
    void aBackgroundCheckThatFailsForgetsTheCredentials() {
        holdChecks = false;
        cache.authenticate(basic("secret"));
        validPassword = "changed elsewhere";
        now.addAndGet(Duration.ofSeconds(40).toNanos());
        cache.authenticate(basic("secret"));
        await().untilAsserted(() -> assertThatThrownBy(() -> cache.authenticate(basic("secret")))
                .isInstanceOf(BadCredentialsException.class));
    }

    @Test
    void aBackgroundCheckThatCannotReachTheDatabaseKeepsTheCredentials() {
        holdChecks = false;
        cache.authenticate(basic("secret"));
        databaseGone = true; // PostgreSQL stopped: the refresh fails, but says nothing about the account
        now.addAndGet(Duration.ofSeconds(40).toNanos());
        cache.authenticate(basic("secret"));
        await().untilAsserted(() -> assertThat(checks.get()).isGreaterThanOrEqualTo(2));
        // answered from the cache all along (a check of its own would throw: the database is gone)
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> cache.authenticate(basic("secret")).isAuthenticated());
    }

    @Test
    void wrongPasswordsAreNeverRemembered() {
        holdChecks = false;
        assertThatThrownBy(() -> cache.authenticate(basic("guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(basic("guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks.get()).isEqualTo(2);
    }

    @Test
    void aLockedPairIsRefusedBeforeAnyCheckEvenWithTheRightRememberedPassword() {
        holdChecks = false;
        CachedCredentials strict = new CachedCredentials(
                passwords,
                Duration.ofSeconds(60),
                now::get,
                new SignInThrottle(limits(2), Clock.systemUTC()),
                new AnonymousRateLimit(new AnonymousRateLimit.Rate(1_000_000, 1_000_000)));
        strict.authenticate(from("secret", "10.0.0.1")); // remembered
        assertThatThrownBy(() -> strict.authenticate(from("guess-1", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> strict.authenticate(from("guess-2", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        int checked = checks.get();

        assertThatThrownBy(() -> strict.authenticate(from("secret", "10.0.0.1")))
                .isInstanceOf(SignInRefused.class);
        assertThatThrownBy(() -> strict.authenticate(from("guess-3", "10.0.0.1")))
                .isInstanceOf(SignInRefused.class);
        assertThat(checks.get()).as("no password check while locked").isEqualTo(checked);
        assertThat(strict.authenticate(from("secret", "10.0.0.2")).isAuthenticated())
                .isTrue();
    }

    @Test
    void passwordChecksBeyondTheAddressesRateAreRefusedBeforeBcrypt() {
        holdChecks = false;
        CachedCredentials limited = new CachedCredentials(
                passwords,
                Duration.ofSeconds(60),
                now::get,
                new SignInThrottle(limits(1_000), Clock.systemUTC()),
                new AnonymousRateLimit(new AnonymousRateLimit.Rate(1, 3)));
        for (int i = 0; i < 3; i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(() -> limited.authenticate(from(guess, "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> limited.authenticate(from("guess-4", "10.0.0.1")))
                .isInstanceOf(SignInRefused.class)
                .satisfies(e -> assertThat(((SignInRefused) e).retryAfter()).isPositive());
        assertThat(checks.get()).isEqualTo(3);
        assertThat(limited.authenticate(from("secret", "10.0.0.2")).isAuthenticated())
                .isTrue();
    }

    private static Authentication from(String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated("ops", password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
