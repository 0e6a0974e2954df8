package org.pointsbank.projections.redemption;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionExpired;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.redemption.api.RedemptionPlaced;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code redemption}. Subscribing, in the recording transaction: the expiry sweep finds open
 * redemptions here, so a redemption is listed the moment it is placed and never after it ended. Writes are
 * guarded by the state they leave, so an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(RedemptionProjection.NAME)
public class RedemptionProjection {

    public static final String NAME = "redemption";

    private final JdbcTemplate jdbc;

    public RedemptionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RedemptionPlaced e) {
        jdbc.update(
                """
                INSERT INTO redemption (redemption_id, card_id, gift_id, gift_name, station_id, quantity, points,
                                        status, placed_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?) ON CONFLICT DO NOTHING""",
                e.redemptionId(),
                e.cardId(),
                e.giftId(),
                e.giftName(),
                e.stationId(),
                e.quantity(),
                e.points(),
                Timestamp.from(e.placedAt()),
                Timestamp.from(e.expiresAt()));
    }

    @EventHandler
    void on(RedemptionFulfilled e) {
        finish(e.redemptionId(), "FULFILLED", e.recordedAt(), null);
    }

    @EventHandler
    void on(RedemptionCancelled e) {
        finish(e.redemptionId(), "CANCELLED", e.recordedAt(), e.reason());
    }

    @EventHandler
    void on(RedemptionExpired e) {
        finish(e.redemptionId(), "EXPIRED", e.recordedAt(), null);
    }

    private void finish(String redemptionId, String status, Instant at, String reason) {
        jdbc.update("""
                UPDATE redemption SET status = ?, finished_at = ?, reason = ?
                 WHERE redemption_id = ? AND status = 'RESERVED'""", status, Timestamp.from(at), reason, redemptionId);
    }
}
