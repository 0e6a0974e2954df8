package org.pointsbank.ops.bench;

/**
 * One card kind of {@code bench deep}, {@code fresh} or {@code deep}: the card, its events at the end, and its
 * credits over all rounds ({@code ok} credits in {@code duration}, the measured time of all rounds together).
 */
public record DeepResult(String kind, String cardId, long events, BenchResult credits) {

    /** Credits per second of {@code deep} over those of {@code fresh}; NaN when the fresh card had none. */
    public static double ratio(DeepResult fresh, DeepResult deep) {
        double base = fresh.credits().opsPerSecond();
        return base > 0 ? deep.credits().opsPerSecond() / base : Double.NaN;
    }
}
