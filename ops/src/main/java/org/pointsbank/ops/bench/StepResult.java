package org.pointsbank.ops.bench;

import java.util.SortedMap;

/**
 * One step of {@code bench activity}: {@code ok} requests answered 2xx and the errors by key, in {@code nanos} of
 * wall time from the first request sent to the last answer, from {@code clients} clients; the latency of the
 * successful ones.
 */
record StepResult(String step, int clients, long nanos, long ok, SortedMap<String, Long> errors, Latency latency) {

    static StepResult of(String step, int clients, long nanos, ResultRecorder recorder) {
        return new StepResult(step, clients, nanos, recorder.ok(), recorder.errors(), recorder.latency());
    }

    double millis() {
        return nanos / 1e6;
    }

    double perSecond() {
        return nanos <= 0 ? 0 : ok / (nanos / 1e9);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
