package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The credential cache, with a password check that counts its calls and can be held back. */
class CachedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicLong now = new AtomicLong();
    private volatile boolean holdChecks = true;
    private volatile String validPassword = "secret";

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

    private final CachedCredentials cache = new CachedCredentials(passwords, Duration.ofSeconds(60), now::get);

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
    void wrongPasswordsAreNeverRemembered() {
        holdChecks = false;
        assertThatThrownBy(() -> cache.authenticate(basic("guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(basic("guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks.get()).isEqualTo(2);
    }
}
