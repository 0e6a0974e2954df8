package org.pointsbank.ops.bench;

import org.HdrHistogram.Histogram;

/** Latency percentiles in milliseconds, read from a histogram of nanoseconds; {@code count} 0 means none recorded. */
public record Latency(long count, double p50, double p95, double p99, double p999, double max) {

    public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

    private static final double NANOS_PER_MILLI = 1e6;

    public static Latency of(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return NONE;
        }
        return new Latency(
                nanos.getTotalCount(),
                ms(nanos.getValueAtPercentile(50)),
                ms(nanos.getValueAtPercentile(95)),
                ms(nanos.getValueAtPercentile(99)),
                ms(nanos.getValueAtPercentile(99.9)),
                ms(nanos.getMaxValue()));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    private static double ms(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }
}
