package org.pointsbank.ops.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Picks one of {@code n} items, item {@code i} with weight {@code 1 / (i + 1)^skew}: skew 0 is uniform, skew 1
 * the classic Zipf law (item 0 twice as often as item 1), higher skews make the first items hotter still.
 * Immutable and thread-safe; the caller supplies the randomness.
 */
public final class ZipfPicker {

    private final double[] cumulative;
    private final double skew;

    public ZipfPicker(int n, double skew) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one item, not " + n);
        }
        if (skew < 0 || !Double.isFinite(skew)) {
            throw new IllegalArgumentException("skew must be 0 or more, not " + skew);
        }
        this.skew = skew;
        this.cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += skew == 0 ? 1 : Math.pow(i + 1, -skew);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        cumulative[n - 1] = 1.0;
    }

    public int size() {
        return cumulative.length;
    }

    public double skew() {
        return skew;
    }

    /** The item for a uniform draw {@code u} in [0, 1): the first whose cumulative weight exceeds it. */
    public int pick(double u) {
        int found = Arrays.binarySearch(cumulative, u);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }

    public int pick(RandomGenerator random) {
        return pick(random.nextDouble());
    }

    /** The probability of item {@code i}. */
    public double probability(int i) {
        return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
}
