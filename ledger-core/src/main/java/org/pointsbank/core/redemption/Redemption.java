package org.pointsbank.core.redemption;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.redemption.api.CancelRedemption;
import org.pointsbank.core.redemption.api.ExpireRedemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.pointsbank.core.redemption.api.PlaceRedemption;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.redemption.api.RedemptionPlaced;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * One gift redemption: it decides, once, how the reservation ends (fulfilled, cancelled or expired). The
 * card's points and the gift's stock were reserved in the transaction that placed it; carrying the ending
 * out on the card and the gift is the redemption process's job. Time is the ledger's clock: a hold that has
 * run out cannot be fulfilled even before the expiry sweep records it.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Redemption {

    @AggregateIdentifier
    private String redemptionId;

    private String cardId;
    private String giftId;
    private String stationId;
    private int quantity;
    private long points;
    private Instant expiresAt;
    private RedemptionStatus status;

    protected Redemption() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    @CommandHandler
    public Redemption(PlaceRedemption command) {
        apply(new RedemptionPlaced(
                command.redemptionId(),
                command.cardId(),
                command.giftId(),
                command.giftName(),
                command.stationId(),
                command.quantity(),
                command.points(),
                command.placedAt(),
                command.expiresAt()));
    }

    @CommandHandler
    public RedemptionFulfilled handle(FulfilRedemption command, LedgerCalendar calendar) {
        requireReserved();
        Instant now = calendar.now();
        if (!now.isBefore(expiresAt)) {
            throw new RedemptionExpired(redemptionId, expiresAt);
        }
        RedemptionFulfilled fulfilled = new RedemptionFulfilled(
                redemptionId, cardId, giftId, stationId, quantity, points, calendar.today(), now);
        apply(fulfilled);
        return fulfilled;
    }

    /** Allowed until the expiry sweep records the expiry: both end the same way, with both holds released. */
    @CommandHandler
    public RedemptionCancelled handle(CancelRedemption command, LedgerCalendar calendar) {
        requireReserved();
        RedemptionCancelled cancelled = new RedemptionCancelled(
                redemptionId, cardId, giftId, stationId, points, command.reason(), calendar.now());
        apply(cancelled);
        return cancelled;
    }

    /** Answers whether it expired now. */
    @CommandHandler
    public boolean handle(ExpireRedemption command, LedgerCalendar calendar) {
        Instant now = calendar.now();
        if (status != RedemptionStatus.RESERVED || now.isBefore(expiresAt)) {
            return false;
        }
        // the event; the rule violation of the same simple name is this package's RedemptionExpired
        apply(new org.pointsbank.core.redemption.api.RedemptionExpired(
                redemptionId, cardId, giftId, stationId, points, expiresAt, now));
        return true;
    }

    private void requireReserved() {
        if (status == RedemptionStatus.EXPIRED) {
            throw new RedemptionExpired(redemptionId, expiresAt);
        }
        if (status != RedemptionStatus.RESERVED) {
            throw new RedemptionAlreadyFinished(redemptionId, status);
        }
    }

    @EventSourcingHandler
    void on(RedemptionPlaced event) {
        redemptionId = event.redemptionId();
        cardId = event.cardId();
        giftId = event.giftId();
        stationId = event.stationId();
        quantity = event.quantity();
        points = event.points();
        expiresAt = event.expiresAt();
        status = RedemptionStatus.RESERVED;
    }

    @EventSourcingHandler
    void on(RedemptionFulfilled event) {
        status = RedemptionStatus.FULFILLED;
    }

    @EventSourcingHandler
    void on(RedemptionCancelled event) {
        status = RedemptionStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(org.pointsbank.core.redemption.api.RedemptionExpired event) {
        status = RedemptionStatus.EXPIRED;
    }
}
