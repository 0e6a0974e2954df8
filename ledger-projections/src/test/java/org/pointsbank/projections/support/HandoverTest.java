package org.pointsbank.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
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
            assertThat(handover.alreadyHandled("ahead", at(96))).isTrue();
            assertThat(handover.alreadyHandled("ahead", at(120))).isTrue();
            assertThat(handover.alreadyHandled("ahead", at(121))).isFalse();
            assertThat(handover.alreadyHandled("behind", at(95))).isTrue();
            assertThat(handover.alreadyHandled("behind", at(96))).isFalse();
        }

        @Test
        void noEventItsOldProcessorWasStillWaitingFor() {
            assertThat(handover.alreadyHandled("ahead", at(110))).isFalse();
        }

        @Test
        void nothingWhenItHadNoOldProcessor() {
            assertThat(handover.alreadyHandled("new", at(1))).isFalse();
            assertThat(Handover.NONE.alreadyHandled("ahead", at(1))).isFalse();
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

    private static TrackedEventMessage<?> at(long index) {
        return new GenericTrackedEventMessage<>(token(index), GenericEventMessage.asEventMessage("event " + index));
    }
}
