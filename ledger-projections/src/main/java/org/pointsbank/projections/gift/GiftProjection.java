package org.pointsbank.projections.gift;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code gift}. Subscribing, in the recording transaction, like the station list: staff see a gift
 * the moment its change is acknowledged. Every write sets values the event carries, so it is idempotent.
 */
@Component
@ProcessingGroup(GiftProjection.NAME)
public class GiftProjection {

    public static final String NAME = "gift";

    private final JdbcTemplate jdbc;

    public GiftProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GiftAdded e) {
        jdbc.update(
                """
                INSERT INTO gift (gift_id, station_id, name, points_cost, stock, per_card_monthly_limit, status,
                                  added_at)
                VALUES (?, ?, ?, ?, ?, ?, 'AVAILABLE', ?) ON CONFLICT DO NOTHING""",
                e.giftId(),
                e.stationId(),
                e.name(),
                e.pointsCost(),
                e.stock(),
                e.perCardMonthlyLimit(),
                Timestamp.from(e.recordedAt()));
    }

    @EventHandler
    void on(GiftRestocked e) {
        jdbc.update("UPDATE gift SET stock = ? WHERE gift_id = ?", e.stockAfter(), e.giftId());
    }

    /** A redemption holds stock: {@code stock} is what is on the shelf and promised to nobody. */
    @EventHandler
    void on(GiftStockReserved e) {
        jdbc.update("UPDATE gift SET stock = ? WHERE gift_id = ?", e.stockAfter(), e.giftId());
    }

    @EventHandler
    void on(GiftStockReleased e) {
        jdbc.update("UPDATE gift SET stock = ? WHERE gift_id = ?", e.stockAfter(), e.giftId());
    }

    @EventHandler
    void on(GiftPriceChanged e) {
        jdbc.update("UPDATE gift SET points_cost = ? WHERE gift_id = ?", e.pointsCost(), e.giftId());
    }

    @EventHandler
    void on(GiftRetired e) {
        jdbc.update("UPDATE gift SET status = 'RETIRED' WHERE gift_id = ?", e.giftId());
    }
}
