package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * What another instance's account change does to this one's remembered sign-ins: told the account's stamp, the cache
 * forgets the sign-ins checked against another stamp and keeps those checked against this one.
 */
class CredentialStampsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong storedStamp = new AtomicLong(7);

    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            LedgerUser user =
                    new LedgerUser(authentication.getName(), "", Role.ADMIN, true, Set.of(), null, storedStamp.get());
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final CachedCredentials cache = new CachedCredentials(
            passwords,
            Duration.ofSeconds(60),
            System::nanoTime,
            new SignInThrottle(
                    new PointsBankProperties.Limits(
                            65536, 200, 400, 1_000, Duration.ofSeconds(60), Duration.ofHours(1), 5, 20, 1),
                    Clock.systemUTC()),
            new AnonymousRateLimit(new AnonymousRateLimit.Rate(1_000_000, 1_000_000)));

    private void signIn(String username) {
        cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "secret"));
    }

    @Test
    void aNewStampForgetsTheUsersRememberedSignIns() {
        signIn("ops");
        signIn("ops");
        assertThat(checks).hasValue(1);

        storedStamp.set(8);
        cache.changed("ops", 8);
        signIn("ops");

        assertThat(checks).hasValue(2);
    }

    @Test
    void theStampASignInWasCheckedAgainstKeepsIt() {
        signIn("ops");
        cache.changed("ops", 7);
        cache.changed("ops", 7);
        signIn("ops");

        assertThat(checks).hasValue(1);
    }

    @Test
    void anotherUsersChangeKeepsThisUsersSignIns() {
        signIn("ops");
        signIn("desk");
        cache.changed("desk", 9);
        signIn("ops");
        assertThat(checks).hasValue(2);
        signIn("desk");
        assertThat(checks).hasValue(3);
    }
}
