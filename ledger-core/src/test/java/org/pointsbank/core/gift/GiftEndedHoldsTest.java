package org.pointsbank.core.gift;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.HandOverGift;
import org.pointsbank.core.shared.HoldEnding;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RecentIds;

/** A popular gift remembers only its most recent ended holds, so its snapshot stays bounded. */
class GiftEndedHoldsTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** The gift, then {@code count} redemptions each held and released in turn. */
    private static List<Object> manyEnded(int count) {
        List<Object> events = new ArrayList<>();
        events.add(new GiftAdded("g1", "yungu", "thermos", 120, 10, null, NOW));
        for (int i = 1; i <= count; i++) {
            String redemption = "r" + i;
            events.add(new GiftStockReserved(
                    "g1", "yungu", "thermos", redemption, "card-" + i, 1, 120, 120, 9, NOVEMBER, NOW));
            events.add(new GiftStockReleased("g1", "yungu", redemption, "card-" + i, 1, 10, "CANCELLED", NOW));
        }
        return events;
    }

    private static AggregateTestFixture<Gift> fixture() {
        AggregateTestFixture<Gift> fixture = new AggregateTestFixture<>(Gift.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
        return fixture;
    }

    @Test
    void theMostRecentEndedHoldIsStillRecognisedAsEnded() {
        fixture()
                .given(manyEnded(RecentIds.KEPT + 1))
                .when(new HandOverGift("g1", "r" + (RecentIds.KEPT + 1)))
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.ALREADY_ENDED);
    }

    @Test
    void aHoldEndedLongAgoIsForgottenAndReportedAsNeverHeld() {
        fixture()
                .given(manyEnded(RecentIds.KEPT + 1))
                .when(new HandOverGift("g1", "r1"))
                .expectNoEvents()
                .expectResultMessagePayload(HoldEnding.NEVER_HELD);
    }
}
