package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ZipfPickerTest {

    private static int[] histogram(ZipfPicker picker, int draws) {
        SplittableRandom random = new SplittableRandom(42);
        int[] counts = new int[picker.size()];
        for (int i = 0; i < draws; i++) {
            counts[picker.pick(random)]++;
        }
        return counts;
    }

    @Test
    void skewZeroIsUniformIsh() {
        int[] counts = histogram(new ZipfPicker(100, 0), 1_000_000);

        // 10,000 expected per card; 5 % is more than 10 standard deviations
        assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThan(9_500);
        assertThat(IntStream.of(counts).max().orElseThrow()).isLessThan(10_500);
    }

    @Test
    void skewOnePointTwoMakesCardZeroTheMostFrequent() {
        int[] counts = histogram(new ZipfPicker(2000, 1.2), 200_000);

        int hottest = IntStream.range(0, counts.length)
                .reduce((a, b) -> counts[a] >= counts[b] ? a : b)
                .orElseThrow();
        assertThat(hottest).isZero();
        assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[100] * 100);
        // 1/1^1.2 : 1/2^1.2 = 2.30
        assertThat((double) counts[0] / counts[1]).isCloseTo(Math.pow(2, 1.2), within(0.15));
    }

    @Test
    void skewOneFollowsZipfsLaw() {
        ZipfPicker picker = new ZipfPicker(4, 1.0);
        double harmonic = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0;

        for (int i = 0; i < 4; i++) {
            assertThat(picker.probability(i)).isCloseTo(1 / (i + 1.0) / harmonic, within(1e-12));
        }
    }

    @Test
    void mapsTheUnitIntervalOntoEveryItem() {
        ZipfPicker picker = new ZipfPicker(4, 0);

        assertThat(picker.pick(0.0)).isZero();
        assertThat(picker.pick(0.2499)).isZero();
        assertThat(picker.pick(0.25)).isEqualTo(1);
        assertThat(picker.pick(0.7499)).isEqualTo(2);
        assertThat(picker.pick(0.75)).isEqualTo(3);
        assertThat(picker.pick(Math.nextDown(1.0))).isEqualTo(3);
        assertThat(new ZipfPicker(1, 3).pick(0.5)).isZero();
    }

    @Test
    void rejectsNoItemsAndNegativeSkew() {
        assertThatThrownBy(() -> new ZipfPicker(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZipfPicker(10, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZipfPicker(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
