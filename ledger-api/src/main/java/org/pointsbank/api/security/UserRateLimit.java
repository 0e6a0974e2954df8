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
 * A token bucket per signed-in user (Bucket4j): {@code requestsPerSecond} sustained, up to {@code burst} at once. One
 * bucket per user for both filter chains ({@link RequestRateLimitFilter} on the API and on the pages), so a user's
 * pages and API calls share one limit. Per node, in memory.
 */
@Component
public class UserRateLimit {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final PointsBankProperties.Limits limits;

    @Autowired
    public UserRateLimit(PointsBankProperties properties) {
        this(properties.limits());
    }

    UserRateLimit(PointsBankProperties.Limits limits) {
        this.limits = limits;
    }

    /** Takes one request of this user; empty if allowed, else how long to wait. */
    public Optional<Duration> take(String username) {
        ConsumptionProbe probe = buckets.get(username, u -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int perSecond() {
        return limits.requestsPerSecond();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limits.burst())
                        .refillGreedy(limits.requestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
