package org.pointsbank.core.gift;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.gift.api.AddGift;
import org.pointsbank.core.gift.api.ChangeGiftPrice;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.RestockGift;
import org.pointsbank.core.gift.api.RetireGift;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A gift in a station's shop: the consistency boundary for its price and stock, so that redemptions
 * (issue 8) can reserve stock here without ever taking it below zero.
 */
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Gift {

    /** Limits of the catalogue's figures: a small points shop, not a warehouse. */
    public static final long MAX_POINTS_COST = 100_000;
    public static final int MAX_STOCK = 100_000;

    @AggregateIdentifier
    private String giftId;
    private String stationId;
    private long pointsCost;
    private int stock;
    private boolean retired;

    protected Gift() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    @CommandHandler
    public Gift(AddGift command, LedgerCalendar calendar) {
        requirePointsCost(command.pointsCost());
        if (command.stock() < 0 || command.stock() > MAX_STOCK) {
            throw new InvalidGiftTerms("stock", "stock must be between 0 and " + MAX_STOCK);
        }
        if (command.perCardMonthlyLimit() != null && command.perCardMonthlyLimit() < 1) {
            throw new InvalidGiftTerms("perCardMonthlyLimit", "perCardMonthlyLimit must be at least 1 when given");
        }
        apply(new GiftAdded(command.giftId(), command.stationId(), command.name(), command.pointsCost(),
                command.stock(), command.perCardMonthlyLimit(), calendar.now()));
    }

    /** The change handlers answer their event: what the gift is now, for the caller's answer. */
    @CommandHandler
    public GiftRestocked handle(RestockGift command, LedgerCalendar calendar) {
        requireInShop();
        if (command.quantity() < 1 || stock + (long) command.quantity() > MAX_STOCK) {
            throw new InvalidGiftTerms("quantity",
                    "quantity must be at least 1 and keep the stock at most " + MAX_STOCK + " (now " + stock + ")");
        }
        GiftRestocked restocked = new GiftRestocked(giftId, stationId, command.quantity(), stock + command.quantity(),
                calendar.now());
        apply(restocked);
        return restocked;
    }

    @CommandHandler
    public GiftPriceChanged handle(ChangeGiftPrice command, LedgerCalendar calendar) {
        requireInShop();
        requirePointsCost(command.pointsCost());
        GiftPriceChanged changed = new GiftPriceChanged(giftId, stationId, pointsCost, command.pointsCost(),
                calendar.now());
        apply(changed);
        return changed;
    }

    @CommandHandler
    public GiftRetired handle(RetireGift command, LedgerCalendar calendar) {
        requireInShop();
        GiftRetired retired = new GiftRetired(giftId, stationId, calendar.now());
        apply(retired);
        return retired;
    }

    private void requireInShop() {
        if (retired) {
            throw new GiftRetiredAlready(giftId);
        }
    }

    private static void requirePointsCost(long pointsCost) {
        if (pointsCost < 1 || pointsCost > MAX_POINTS_COST) {
            throw new InvalidGiftTerms("pointsCost", "pointsCost must be between 1 and " + MAX_POINTS_COST);
        }
    }

    @EventSourcingHandler
    void on(GiftAdded event) {
        giftId = event.giftId();
        stationId = event.stationId();
        pointsCost = event.pointsCost();
        stock = event.stock();
    }

    @EventSourcingHandler
    void on(GiftRestocked event) {
        stock = event.stockAfter();
    }

    @EventSourcingHandler
    void on(GiftPriceChanged event) {
        pointsCost = event.pointsCost();
    }

    @EventSourcingHandler
    void on(GiftRetired event) {
        retired = true;
    }
}
