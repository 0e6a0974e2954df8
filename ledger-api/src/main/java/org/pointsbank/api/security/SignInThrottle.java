package org.pointsbank.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pointsbank.api.config.PointsBankProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code failedSignInsBeforeLock} consecutive failed sign-ins
 * of one username, that username is refused for {@code signInLock} (429 with Retry-After),
 * whatever the password. A success resets the count. Kept in memory, per node.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Cache<String, Failures> failures;
    private final int threshold;
    private final Duration lock;
    private final Clock clock;

    public SignInThrottle(PointsBankProperties properties, Clock clock) {
        this.threshold = properties.limits().failedSignInsBeforeLock();
        this.lock = properties.limits().signInLock();
        this.clock = clock;
        this.failures = Caffeine.newBuilder().expireAfterWrite(lock.multipliedBy(10)).maximumSize(100_000).build();
    }

    /** How long the username is still locked out, if it is. */
    public Optional<Duration> lockedFor(String username) {
        Failures f = failures.getIfPresent(username);
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        Failures f = failures.asMap().merge(username, new Failures(1, null),
                (old, one) -> new Failures(old.count() + 1, null));
        if (f.count() >= threshold) {
            failures.put(username, new Failures(f.count(), clock.instant().plus(lock)));
            log.warn("Sign-in of user '{}' throttled for {} after {} failures", username, lock, f.count());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.invalidate(event.getAuthentication().getName());
    }
}
