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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing a stranger the power to lock anyone out. Failures are counted per
 * (username, client address): after {@code failedSignInsBeforeLock} consecutive failures that pair is refused for
 * {@code signInLock}, and each failure after a lock doubles it, up to {@code maxSignInLock}; a success from an
 * address forgets that address's failures for that username only. Whoever guesses from A never locks the same user
 * out at B, and the user's successes at B never reset the count at A.
 * <p>
 * There is deliberately no ceiling per username across all addresses: whatever it did once reached (lock or slow
 * every check of that username) a distributed attacker could keep it reached, and so lock the admin out again.
 * Guesses from many addresses are bounded instead per address, here and by {@link AnonymousRateLimit}.
 * Kept in memory, per node; {@link CachedCredentials} consults it on every password sign-in.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Pair(String username, String address) {}

    private record Failures(int count, Instant lockedUntil) {}

    private final Cache<Pair, Failures> failures;
    private final int threshold;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Clock clock;

    @Autowired
    public SignInThrottle(PointsBankProperties properties, Clock clock) {
        this(properties.limits(), clock);
    }

    SignInThrottle(PointsBankProperties.Limits limits, Clock clock) {
        this.threshold = limits.failedSignInsBeforeLock();
        this.firstLock = limits.signInLock();
        this.maxLock = limits.maxSignInLock().compareTo(firstLock) < 0 ? firstLock : limits.maxSignInLock();
        this.clock = clock;
        // forgotten only well after the longest lock has run out: waiting does not buy a fresh set of guesses soon
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(maxLock.multipliedBy(4))
                .maximumSize(200_000)
                .build();
    }

    /** How long this username is still refused from this address, if it is. */
    public Optional<Duration> lockedFor(String username, String address) {
        Failures f = failures.getIfPresent(new Pair(username, address));
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** A password check of this username from this address failed. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        Failures f = failures.asMap().compute(new Pair(username, address), (pair, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            return new Failures(count, count >= threshold ? now.plus(lock(count)) : null);
        });
        if (f.lockedUntil() != null) {
            log.warn(
                    "Sign-in of user '{}' from {} throttled for {} after {} failures",
                    printable(username),
                    printable(address),
                    lock(f.count()),
                    f.count());
        }
    }

    /** A sign-in of this username from this address succeeded: only this pair's failures are forgotten. */
    public void succeeded(String username, String address) {
        failures.invalidate(new Pair(username, address));
    }

    /** {@code signInLock} at the threshold, doubled with each further failure, at most {@code maxSignInLock}. */
    private Duration lock(int count) {
        int doublings = Math.min(count - threshold, 40);
        Duration lock = firstLock;
        for (int i = 0; i < doublings && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    /** A username is whatever the client sent: no control characters or long lines into the log. */
    private static String printable(String value) {
        String clean = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
