package org.pointsbank.api.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reads {@code pointsbank.scheduled.skipped{job}}: 0 until a run of the job was first skipped. */
public final class SkippedRuns {

    private SkippedRuns() {}

    public static double of(MeterRegistry registry, String job) {
        Counter counter =
                registry.find("pointsbank.scheduled.skipped").tag("job", job).counter();
        return counter == null ? 0 : counter.count();
    }
}
