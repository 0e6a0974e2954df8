package org.pointsbank.projections.balance;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.support.PerBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code card_balance}: one row a card with its balance and totals. The events of a
 * processor batch are summed per card and written in one JDBC batch when the batch commits
 * ({@link CardBalanceBatch}); every change is guarded by the card's event sequence number, so an
 * event handled twice changes nothing.
 */
@Component
@ProcessingGroup(CardBalanceProjection.NAME)
public class CardBalanceProjection {

    public static final String NAME = "card_balance";
    private static final String BATCH = CardBalanceProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;

    public CardBalanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CardIssued event, @SequenceNumber long sequence) {
        batch().issue(event.cardId(), event.stationId(), event.issuedAt(), sequence);
    }

    @EventHandler
    void on(VolunteerHoursCredited event, @SequenceNumber long sequence) {
        batch().add(event.cardId(), sequence, event.points(), event.minutes(), 0);
    }

    @EventHandler
    void on(StudySessionCredited event, @SequenceNumber long sequence) {
        batch().add(event.cardId(), sequence, event.points(), 0, event.minutes());
    }

    @EventHandler
    void on(CommendationBonusCredited event, @SequenceNumber long sequence) {
        batch().add(event.cardId(), sequence, event.points(), 0, 0);
    }

    @EventHandler
    void on(EntryReversed event, @SequenceNumber long sequence) {
        boolean volunteer = event.reversedType() == EntryType.VOLUNTEER_HOURS;
        batch().add(event.cardId(), sequence, event.points(), volunteer ? event.minutes() : 0,
                volunteer ? 0 : event.minutes());
    }

    @EventHandler
    void on(PointsReserved event, @SequenceNumber long sequence) {
        batch().hold(event.cardId(), sequence, event.points());
    }

    @EventHandler
    void on(PointsReleased event, @SequenceNumber long sequence) {
        batch().hold(event.cardId(), sequence, -event.points());
    }

    @EventHandler
    void on(GiftRedeemed event, @SequenceNumber long sequence) {
        batch().spend(event.cardId(), sequence, -event.points());
    }

    @EventHandler
    void on(CardClosed event, @SequenceNumber long sequence) {
        batch().close(event.cardId(), sequence);
    }

    /** This processor batch's changes, written just before it commits with its token. */
    private CardBalanceBatch batch() {
        return PerBatch.of(BATCH, CardBalanceBatch::new, batch -> batch.flush(jdbc));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM card_balance");
    }
}
