package org.pointsbank.ops.bench;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Counts outcomes and records the latency of successful operations in an HdrHistogram (nanoseconds, three
 * significant digits). Safe for many threads recording at once.
 */
public final class ResultRecorder implements Recorder {

    private final Histogram latencies = new ConcurrentHistogram(3);
    private final LongAdder ok = new LongAdder();
    private final LongAdder cap = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    @Override
    public void record(Outcome outcome, long latencyNanos) {
        switch (outcome.kind()) {
            case OK -> {
                ok.increment();
                latencies.recordValue(Math.max(0, latencyNanos));
            }
            case CAP -> cap.increment();
            case ERROR ->
                errors.computeIfAbsent(outcome.error(), key -> new LongAdder()).increment();
        }
    }

    public long ok() {
        return ok.sum();
    }

    public long cap() {
        return cap.sum();
    }

    /** Error counts by key, sorted by key. */
    public SortedMap<String, Long> errors() {
        SortedMap<String, Long> counts = new TreeMap<>();
        errors.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    public Latency latency() {
        return Latency.of(latencies);
    }
}
