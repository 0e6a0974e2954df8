package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured run: {@code ok} operations completed in {@code duration} (after {@code warmup}, whose results
 * were discarded), {@code cap} refusals by a daily cap, errors by key (sorted), and the latency of the {@code ok} ones.
 * {@code rate} is the target rate of a fixed-rate run, null for a closed loop.
 */
public record BenchResult(
        String op,
        String mode,
        int clients,
        Double rate,
        Duration warmup,
        Duration duration,
        long ok,
        long cap,
        Map<String, Long> errors,
        Latency latency) {

    public BenchResult {
        errors = Collections.unmodifiableSortedMap(new TreeMap<>(errors));
    }

    public static BenchResult of(
            String op,
            String mode,
            int clients,
            Double rate,
            Duration warmup,
            Duration duration,
            ResultRecorder recorder) {
        return new BenchResult(
                op,
                mode,
                clients,
                rate,
                warmup,
                duration,
                recorder.ok(),
                recorder.cap(),
                recorder.errors(),
                recorder.latency());
    }

    /** Successful operations per second of the measured window. */
    public double opsPerSecond() {
        double seconds = duration.toNanos() / 1e9;
        return seconds <= 0 ? 0 : ok / seconds;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
