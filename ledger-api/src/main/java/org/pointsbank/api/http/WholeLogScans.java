package org.pointsbank.api.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.stereotype.Component;

/**
 * Work that reads the whole event log (chain verification, reconciliation, ranking a month from the
 * log at its close) runs at most {@code pointsbank.limits.whole-log-scans} at a time on this node. A
 * request arriving while they are all taken is refused at once with 429 {@code RATE_LIMITED} and
 * Retry-After rather than queued, so a few parallel calls cannot exhaust the heap or the pool.
 */
@Component
public class WholeLogScans {

    private final Semaphore permits;

    public WholeLogScans(PointsBankProperties properties) {
        this.permits = new Semaphore(properties.limits().wholeLogScans());
    }

    public <T> T run(Supplier<T> scan) {
        if (!permits.tryAcquire()) {
            throw new ScanRefused();
        }
        try {
            return scan.get();
        } finally {
            permits.release();
        }
    }
}
