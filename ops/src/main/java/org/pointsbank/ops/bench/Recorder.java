package org.pointsbank.ops.bench;

/** Where a driver puts each measured call: its outcome and latency. Called from many threads at once. */
@FunctionalInterface
public interface Recorder {

    void record(Outcome outcome, long latencyNanos);
}
