package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Nested
    class Render {

        @Test
        void drawsBarPercentCountsRateAndEta() {
            assertThat(ProgressBar.render(450_123, 1_000_000, 12_345.6, 20))
                    .isEqualTo("[#########-----------]  45% 450123/1000000 events  12345 ev/s  eta 44s");
        }

        @Test
        void startsEmptyWithUnknownRate() {
            assertThat(ProgressBar.render(0, 1_000_000, 0, 10))
                    .isEqualTo("[----------]   0% 0/1000000 events  -- ev/s  eta --");
        }

        @Test
        void endsFullWithNothingLeft() {
            assertThat(ProgressBar.render(1_000_000, 1_000_000, 12_345.6, 10))
                    .isEqualTo("[##########] 100% 1000000/1000000 events  12345 ev/s  eta 0s");
        }

        @Test
        void showsNinetyNinePercentUntilTheLastEventIsDone() {
            assertThat(ProgressBar.render(999_999, 1_000_000, 1000, 20)).startsWith("[###################-]  99% ");
        }

        @Test
        void clampsPositionPastAStaleHead() {
            assertThat(ProgressBar.render(1_200, 1_000, 50, 4)).startsWith("[####] 100% 1200/1000 events");
        }

        @Test
        void treatsAnEmptyLogAsDone() {
            assertThat(ProgressBar.render(0, 0, 0, 4)).isEqualTo("[####] 100% 0/0 events  -- ev/s  eta 0s");
        }

        @Test
        void honoursTheWidth() {
            assertThat(ProgressBar.render(1, 2, 1, 40)).startsWith("[" + "#".repeat(20) + "-".repeat(20) + "]");
            assertThat(ProgressBar.render(1, 2, 1, 0)).startsWith("[]  50%");
        }

        @Test
        void rejectsNegativeWidth() {
            assertThatThrownBy(() -> ProgressBar.render(1, 2, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Eta {

        @Test
        void isRemainingEventsOverRateRoundedDown() {
            assertThat(ProgressBar.eta(450_123, 1_000_000, 12_345.6)).contains(Duration.ofSeconds(44));
        }

        @Test
        void isUnknownWithoutARate() {
            assertThat(ProgressBar.eta(10, 100, 0)).isEmpty();
            assertThat(ProgressBar.eta(10, 100, Double.NaN)).isEmpty();
            assertThat(ProgressBar.eta(10, 100, Double.POSITIVE_INFINITY)).isEmpty();
        }

        @Test
        void isZeroWhenCaughtUpWhateverTheRate() {
            assertThat(ProgressBar.eta(100, 100, 0)).contains(Duration.ZERO);
        }

        @Test
        void readsInMinutesAndHours() {
            assertThat(ProgressBar.render(0, 185, 1, 1)).endsWith("eta 3m 05s");
            assertThat(ProgressBar.render(0, 3_720, 1, 1)).endsWith("eta 1h 02m");
        }
    }
}
