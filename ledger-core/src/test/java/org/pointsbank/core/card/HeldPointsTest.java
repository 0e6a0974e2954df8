package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.HoldEnding;
import org.pointsbank.core.shared.RecentIds;

/** A card remembers the redemptions whose hold ended, but only the most recent ones. */
@DisplayName("HeldPoints' ended redemptions")
class HeldPointsTest {

    private static final Reservation HOLD = new Reservation("g1", "thermos", "yungu", 1, 10);

    private static HeldPoints endedOneAfterAnother(int count) {
        HeldPoints held = HeldPoints.NONE;
        for (int i = 1; i <= count; i++) {
            held = held.with("r" + i, HOLD).without("r" + i);
        }
        return held;
    }

    @Test
    void keepsOnlyTheMostRecentEndedRedemptions() {
        HeldPoints held = endedOneAfterAnother(RecentIds.KEPT + 5);

        assertThat(held.ended().ids()).hasSize(RecentIds.KEPT).startsWith("r6").endsWith("r" + (RecentIds.KEPT + 5));
        assertThat(held.total()).isZero();
    }

    @Test
    void aRecentlyEndedHoldIsStillAlreadyEndedAndAVeryOldOneNeverHeld() {
        HeldPoints held = endedOneAfterAnother(RecentIds.KEPT + 1);

        assertThat(held.notHeld("r" + (RecentIds.KEPT + 1))).isEqualTo(HoldEnding.ALREADY_ENDED);
        assertThat(held.notHeld("r2")).isEqualTo(HoldEnding.ALREADY_ENDED);
        assertThat(held.notHeld("r1")).isEqualTo(HoldEnding.NEVER_HELD);
    }
}
