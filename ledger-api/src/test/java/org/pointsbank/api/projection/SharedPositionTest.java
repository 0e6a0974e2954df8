package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

/**
 * How far the copy of a read model fed by a shared processor goes, for events that fill a gap: the copy's token
 * then keeps its highest index, and the decision has to be made on the event's own position.
 */
class SharedPositionTest {

    private static final int MAX_GAP_OFFSET = 10_000;

    private final SharedPosition shared = new SharedPosition(null, null, "card_read_models");

    @Test
    void anEventTheProcessorHasHandledIsAppliedEvenWhenTheCopysTokenIndexIsOneOfTheProcessorsGaps() {
        GapAwareTrackingToken processor = token(120, 110);
        GapAwareTrackingToken copyBefore = token(110, 90);
        TrackedEventMessage<?> late = delivered(copyBefore.advanceTo(90, MAX_GAP_OFFSET), "event 90");

        assertThat(late.trackingToken().position()).hasValue(110);
        assertThat(shared.verdict(processor, copyBefore, late, true))
                .as("the processor had event 90: skipping it would lose it for the swapped read model")
                .isEqualTo(SharedPosition.Verdict.APPLY);
    }

    @Test
    void anEventTheProcessorStillWaitsForIsNotAppliedEvenWhenTheCopysTokenIndexIsBehindTheProcessor() {
        GapAwareTrackingToken processor = token(120, 100);
        GapAwareTrackingToken copyBefore = token(110, 100);
        TrackedEventMessage<?> late = delivered(copyBefore.advanceTo(100, MAX_GAP_OFFSET), "event 100");

        assertThat(shared.verdict(processor, copyBefore, late, false))
                .as("the processor may take event 100 any moment: the copy waits")
                .isEqualTo(SharedPosition.Verdict.STOP);
        assertThat(shared.verdict(processor, copyBefore, late, true))
                .as("the stopped processor hands event 100 to the swapped read model: applying it too counts it twice")
                .isEqualTo(SharedPosition.Verdict.SKIP);
    }

    @Test
    void anEventPastTheProcessorsPositionStopsTheCopy() {
        GapAwareTrackingToken copyBefore = token(120);
        TrackedEventMessage<?> next = delivered(copyBefore.advanceTo(121, MAX_GAP_OFFSET), "event 121");

        assertThat(shared.verdict(token(120), copyBefore, next, true)).isEqualTo(SharedPosition.Verdict.STOP);
        assertThat(shared.verdict(null, copyBefore, next, true)).isEqualTo(SharedPosition.Verdict.STOP);
    }

    @Test
    void theEventsPositionIsDerivedFromTheTokensChangeWhenThatIsUnambiguous() {
        GapAwareTrackingToken before = token(110, 90, 95);

        assertThat(SharedPosition.derivedPosition(before, before.advanceTo(115, MAX_GAP_OFFSET)))
                .hasValue(115);
        assertThat(SharedPosition.derivedPosition(before, before.advanceTo(95, MAX_GAP_OFFSET)))
                .hasValue(95);
        assertThat(SharedPosition.derivedPosition(null, token(7))).hasValue(7);
        assertThat(SharedPosition.derivedPosition(before, token(110)))
                .as("two gaps went at once: read from the log")
                .isEmpty();
    }

    private static TrackedEventMessage<?> delivered(GapAwareTrackingToken token, String payload) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage(payload));
    }

    private static GapAwareTrackingToken token(long index, long... gaps) {
        return GapAwareTrackingToken.newInstance(
                index, Arrays.stream(gaps).boxed().toList());
    }
}
