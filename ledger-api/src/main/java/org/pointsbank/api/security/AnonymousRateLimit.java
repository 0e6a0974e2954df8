package org.pointsbank.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address (Bucket4j) for the requests that are not signed in: those without credentials
 * ({@link RequestRateLimitFilter}) and those whose password must be checked with bcrypt because no recent check is
 * remembered ({@link CachedCredentials}), taken before the check runs. A flood of guesses from one address costs
 * at most {@code anonymousRequestsPerSecond} bcrypts a second; signed-in users with remembered credentials never
 * touch it. Per node, in memory.
 */
@Component
public class AnonymousRateLimit {

    /** The bucket's shape; a test may narrow it at run time ({@link #limitTo}). */
    record Rate(int perSecond, int burst) {}

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private volatile Rate rate;

    @Autowired
    public AnonymousRateLimit(PointsBankProperties properties) {
        this(new Rate(
                properties.limits().anonymousRequestsPerSecond(),
                properties.limits().anonymousBurst()));
    }

    AnonymousRateLimit(Rate rate) {
        this.rate = rate;
    }

    /** Takes one request of this address; empty if allowed, else how long to wait. */
    public Optional<Duration> take(String address) {
        ConsumptionProbe probe = buckets.get(address, a -> newBucket(rate)).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int perSecond() {
        return rate.perSecond();
    }

    /** Replaces the limits and forgets every bucket: lets one test run with a small limit in the shared context. */
    Rate limitTo(Rate newRate) {
        Rate old = rate;
        rate = newRate;
        buckets.invalidateAll();
        return old;
    }

    private static Bucket newBucket(Rate rate) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(rate.burst())
                        .refillGreedy(rate.perSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
