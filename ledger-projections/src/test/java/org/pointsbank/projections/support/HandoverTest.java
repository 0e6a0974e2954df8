package org.pointsbank.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where a shared processor starts when read models that had a processor each are brought together. */
class HandoverTest {

    @Nested
    class TheSharedProcessorStarts {

        @Test
        void atTheReadModelFurthestBehindSoThatNoneMissesAnEvent() {
            TrackingToken start =
                    Handover.start(List.of(token(120), token(95), token(140))).orElseThrow();

            assertThat(start).isEqualTo(token(95));
        }

        @Test
        void beforeEveryEventOneOfThemHadNotSeenTheirGapsIncluded() {
            TrackingToken start =
                    Handover.start(List.of(token(120, 90, 110), token(100, 97))).orElseThrow();

            assertThat(start).isEqualTo(token(100, 90, 97));
        }

        @Test
        void atTheLogsStartWhenOneOfThemHadNoTokenYet() {
            assertThat(Handover.start(Arrays.asList(token(120), null))).isEmpty();
            assertThat(Handover.start(List.of())).isEmpty();
        }
    }

    @Nested
    class EachReadModelSkips {

        private final Handover handover = new Handover(Map.of("ahead", token(120, 110), "behind", token(95)));

        @Test
        void whatItsOldProcessorHadHandledAndTakesTheRest() {
            assertThat(handover.alreadyHandled("ahead", 96)).isTrue();
            assertThat(handover.alreadyHandled("ahead", 120)).isTrue();
            assertThat(handover.alreadyHandled("ahead", 121)).isFalse();
            assertThat(handover.alreadyHandled("behind", 95)).isTrue();
            assertThat(handover.alreadyHandled("behind", 96)).isFalse();
        }

        @Test
        void noEventItsOldProcessorWasStillWaitingFor() {
            assertThat(handover.alreadyHandled("ahead", 110)).isFalse();
        }

        @Test
        void byTheEventsOwnPositionWhenItFillsAGapBelowTheStartAndArrivesWithTheStartsIndex() {
            // the statement's old processor had seen up to 95 but for 90, committed after its last read
            Handover late = new Handover(Map.of("statement", token(95, 90), "ranking", token(120)));
            GapAwareTrackingToken start = (GapAwareTrackingToken)
                    Handover.start(List.of(token(95, 90), token(120))).orElseThrow();
            GapAwareTrackingToken delivered = start.advanceTo(90, 10_000);

            assertThat(delivered.getIndex())
                    .as("the token an event filling a gap is delivered with keeps the highest index seen")
                    .isEqualTo(95);
            assertThat(late.alreadyHandled("statement", 90)).isFalse();
            assertThat(late.alreadyHandled("ranking", 90)).isTrue();
            assertThat(late.concerns("statement")).isTrue();
            assertThat(late.concerns("audit")).isFalse();
        }

        @Test
        void nothingWhenItHadNoOldProcessor() {
            assertThat(handover.alreadyHandled("new", 1)).isFalse();
            assertThat(Handover.NONE.alreadyHandled("ahead", 1)).isFalse();
        }
    }

    @Test
    void isOverOnceTheSharedProcessorHasSeenEverythingEachReadModelHad() {
        Handover handover = new Handover(Map.of("ahead", token(120, 110), "behind", token(95)));

        assertThat(handover.completedBy(token(119))).isFalse();
        assertThat(handover.completedBy(token(125, 110))).isTrue();
        assertThat(handover.completedBy(token(125, 100))).isFalse();
        assertThat(handover.completedBy(null)).isFalse();
        assertThat(Handover.NONE.completedBy(null)).isTrue();
    }

    private static GapAwareTrackingToken token(long index, long... gaps) {
        return GapAwareTrackingToken.newInstance(
                index, Arrays.stream(gaps).boxed().toList());
    }
}
