/**
 * {@code points-bank-ops bench}: the load and benchmark tool. The commands ({@code SeedCommand},
 * {@code RunCommand}, {@code LagCommand}, {@code ReplayCommand}, {@code DeepCommand}, {@code ActivityCommand},
 * {@code CheckInsCommand}, {@code SmokeCommand} under {@link org.pointsbank.ops.bench.BenchCommand}) wire a small measuring core of pure classes:
 * {@link org.pointsbank.ops.bench.ClosedLoopDriver} and {@link org.pointsbank.ops.bench.FixedRateDriver} (open
 * loop, latency from the intended start) and {@link org.pointsbank.ops.bench.CountedDriver} (a fixed number of
 * calls) call an {@link org.pointsbank.ops.bench.Operation} and hand each
 * {@link org.pointsbank.ops.bench.Outcome} to a {@link org.pointsbank.ops.bench.Recorder} (HdrHistogram);
 * {@link org.pointsbank.ops.bench.ResultReport} renders the table and JSON; {@link
 * org.pointsbank.ops.bench.ZipfPicker} skews the card picks and {@link org.pointsbank.ops.bench.DailyCaps} keeps
 * credits within the daily caps. Clocks and sleepers are parameters, so the tests need no real time.
 */
package org.pointsbank.ops.bench;
