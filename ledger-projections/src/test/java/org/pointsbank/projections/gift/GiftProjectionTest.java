package org.pointsbank.projections.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.projections.testing.ProjectionTest;

class GiftProjectionTest extends ProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private GiftProjection projection;
    private GiftRepository gifts;

    @BeforeEach
    void projection() {
        projection = new GiftProjection(jdbc);
        gifts = new GiftRepository(jdbc);
    }

    @Test
    void aGiftsPriceStockAndStatusAreWhatItsLastEventsSay() {
        EventMessage<?>[] history = {
            gift(0, new GiftAdded("gift-1", "station-a", "Notebook", 30, 10, 2, AT)),
            gift(1, new GiftRestocked("gift-1", "station-a", 5, 15, AT)),
            gift(
                    2,
                    new GiftStockReserved(
                            "gift-1",
                            "station-a",
                            "Notebook",
                            "r1",
                            "card-ann",
                            3,
                            30,
                            90,
                            12,
                            YearMonth.of(2026, 3),
                            AT)),
            gift(3, new GiftStockReleased("gift-1", "station-a", "r1", "card-ann", 1, 13, "cancelled", AT)),
            gift(4, new GiftPriceChanged("gift-1", "station-a", 30, 40, AT))
        };
        recorded(projection, history);

        assertThat(gifts.find("gift-1"))
                .contains(new GiftRow("gift-1", "station-a", "Notebook", 40, 13, 2, "AVAILABLE", AT));

        recorded(projection, history); // handled again: every write sets what the event carries
        recorded(projection, gift(5, new GiftRetired("gift-1", "station-a", AT)));

        assertThat(gifts.find("gift-1"))
                .contains(new GiftRow("gift-1", "station-a", "Notebook", 40, 13, 2, "RETIRED", AT));
    }

    @Test
    void aStationsShopListsItsOwnGiftsByNameWithoutALimitWhereThereIsNone() {
        recorded(
                projection,
                event("Gift", "gift-2", 0, new GiftAdded("gift-2", "station-a", "Pen", 5, 100, null, AT)),
                event("Gift", "gift-1", 0, new GiftAdded("gift-1", "station-a", "Notebook", 30, 10, 2, AT)),
                event("Gift", "gift-3", 0, new GiftAdded("gift-3", "station-b", "Apple", 1, 50, null, AT)));

        assertThat(gifts.atStation("station-a")).extracting(GiftRow::giftId).containsExactly("gift-1", "gift-2");
        assertThat(gifts.find("gift-2").orElseThrow().perCardMonthlyLimit()).isNull();
    }

    /** Event {@code sequence} of the gift {@code gift-1}. */
    private static EventMessage<?> gift(long sequence, Object payload) {
        return event("Gift", "gift-1", sequence, payload);
    }
}
