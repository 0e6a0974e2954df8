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
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.balance.CardBalanceBatch.Change;
import org.pointsbank.projections.balance.CardBalanceBatch.Issued;
import org.pointsbank.projections.support.BatchWrites;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code card_balance}: one row a card with its balance and totals. The events of a
 * processor batch are summed per card and written in one JDBC batch when the batch commits
 * ({@link CardBalanceBatch}); every change is guarded by the card's event sequence number, so an
 * event handled twice changes nothing. A card whose writes fail is parked, not the batch
 * ({@link ProjectionWrites}).
 */
@Component
@ProcessingGroup(CardBalanceProjection.NAME)
public class CardBalanceProjection {

    public static final String NAME = "card_balance";

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final ProjectionWrites writes;

    public CardBalanceProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.longStatements = longStatements;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(CardIssued event, @SequenceNumber long sequence) {
        batch().add(new Issued(event.cardId(), event.stationId(), event.issuedAt(), sequence));
    }

    @EventHandler
    void on(VolunteerHoursCredited event, @SequenceNumber long sequence) {
        earned(event.cardId(), sequence, event.points(), event.minutes(), 0);
    }

    @EventHandler
    void on(StudySessionCredited event, @SequenceNumber long sequence) {
        earned(event.cardId(), sequence, event.points(), 0, event.minutes());
    }

    @EventHandler
    void on(CommendationBonusCredited event, @SequenceNumber long sequence) {
        earned(event.cardId(), sequence, event.points(), 0, 0);
    }

    /** A verified problem report's reward: points, no minutes. */
    @EventHandler
    void on(ProblemReportCredited event, @SequenceNumber long sequence) {
        earned(event.cardId(), sequence, event.points(), 0, 0);
    }

    @EventHandler
    void on(EntryReversed event, @SequenceNumber long sequence) {
        boolean volunteer = event.reversedType() == EntryType.VOLUNTEER_HOURS;
        earned(
                event.cardId(),
                sequence,
                event.points(),
                volunteer ? event.minutes() : 0,
                volunteer ? 0 : event.minutes());
    }

    /** Points held for a redemption: the balance stays. */
    @EventHandler
    void on(PointsReserved event, @SequenceNumber long sequence) {
        batch().add(new Change(event.cardId(), sequence, 0, 0, event.points(), 0, 0, false));
    }

    @EventHandler
    void on(PointsReleased event, @SequenceNumber long sequence) {
        batch().add(new Change(event.cardId(), sequence, 0, 0, -event.points(), 0, 0, false));
    }

    /** Held points spent on a gift (negative points): they leave the balance and the hold, not the earnings. */
    @EventHandler
    void on(GiftRedeemed event, @SequenceNumber long sequence) {
        batch().add(new Change(event.cardId(), sequence, 0, -event.points(), event.points(), 0, 0, false));
    }

    @EventHandler
    void on(CardClosed event, @SequenceNumber long sequence) {
        batch().add(new Change(event.cardId(), sequence, 0, 0, 0, 0, 0, true));
    }

    /** Points earned (credits, bonuses) or taken back (reversals, negative): balance and lifetime earnings. */
    private void earned(String cardId, long sequence, long points, int volunteerMinutes, int studyMinutes) {
        batch().add(new Change(cardId, sequence, points, 0, 0, volunteerMinutes, studyMinutes, false));
    }

    /** This processor batch's changes, written just before it commits with its token. */
    private BatchWrites<CardBalanceBatch.Write> batch() {
        return writes.batch(NAME, CardBalanceBatch.WRITER);
    }

    /** A rebuild empties the table in one statement: past the role's statement limit on a large one. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM card_balance");
    }
}
