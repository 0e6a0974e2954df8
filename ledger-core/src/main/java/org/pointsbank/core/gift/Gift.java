package org.pointsbank.core.gift;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.gift.api.AddGift;
import org.pointsbank.core.gift.api.ChangeGiftPrice;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftHandedOver;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.HandOverGift;
import org.pointsbank.core.gift.api.ReleaseGiftStock;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.gift.api.RestockGift;
import org.pointsbank.core.gift.api.RetireGift;
import org.pointsbank.core.shared.HoldEnding;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RecentIds;

/**
 * A gift in a station's shop: the consistency boundary for its price, its stock and its per-card monthly limit.
 * Redemptions hold stock here ({@link ReserveGiftStock}), so the shelf never goes below zero however many desks
 * ask at once; the hold ends when the gift is handed over or released. {@code stock} is what is on the shelf
 * and not promised to anybody. Revision 3: the per-card monthly tally became one {@link MonthlyTally} value;
 * older snapshots are ignored (Axon's revision filter) and the gift is replayed from its events. Revision 4: the
 * redemptions whose hold ended ({@code endedHolds}), to tell a repeated step from one for a hold never made.
 */
@Revision("4")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Gift {

    /** Limits of the catalogue's figures: a small points shop, not a warehouse. */
    public static final long MAX_POINTS_COST = 100_000;

    public static final int MAX_STOCK = 100_000;

    @AggregateIdentifier
    private String giftId;

    private String stationId;
    private String name;
    private long pointsCost;
    private int stock;
    private Integer perCardMonthlyLimit;
    private boolean retired;
    /** Open redemptions holding stock, by redemption id. */
    private Map<String, GiftHold> holds = new HashMap<>();
    /**
     * The most recent redemptions whose hold ended here (released or handed over): a later step for one of them is a
     * repeat. Bounded ({@link RecentIds}), so a popular gift's snapshot does not grow without end.
     */
    private RecentIds endedHolds = RecentIds.NONE;

    private MonthlyTally tally = MonthlyTally.NONE;

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
        apply(new GiftAdded(
                command.giftId(),
                command.stationId(),
                command.name(),
                command.pointsCost(),
                command.stock(),
                command.perCardMonthlyLimit(),
                calendar.now()));
    }

    /** The change handlers answer their event: what the gift is now, for the caller's answer. */
    @CommandHandler
    public GiftRestocked handle(RestockGift command, LedgerCalendar calendar) {
        requireInShop();
        if (command.quantity() < 1 || stock + (long) command.quantity() > MAX_STOCK) {
            throw new InvalidGiftTerms(
                    "quantity",
                    "quantity must be at least 1 and keep the stock at most " + MAX_STOCK + " (now " + stock + ")");
        }
        GiftRestocked restocked =
                new GiftRestocked(giftId, stationId, command.quantity(), stock + command.quantity(), calendar.now());
        apply(restocked);
        return restocked;
    }

    @CommandHandler
    public GiftPriceChanged handle(ChangeGiftPrice command, LedgerCalendar calendar) {
        requireInShop();
        requirePointsCost(command.pointsCost());
        GiftPriceChanged changed =
                new GiftPriceChanged(giftId, stationId, pointsCost, command.pointsCost(), calendar.now());
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

    /** Answers the hold as recorded, with the points it costs at today's price. */
    @CommandHandler
    public GiftStockReserved handle(ReserveGiftStock command, LedgerCalendar calendar) {
        if (command.quantity() < 1) {
            throw new InvalidGiftTerms("quantity", "quantity must be at least 1");
        }
        if (holds.containsKey(command.redemptionId())) {
            throw new DuplicateRedemptionId(giftId, command.redemptionId());
        }
        requireInShop();
        if (stock < command.quantity()) {
            throw new OutOfStock(giftId, stock, command.quantity());
        }
        YearMonth month = YearMonth.from(calendar.today());
        int taken = tally.taken(command.cardId(), month);
        if (perCardMonthlyLimit != null && taken + command.quantity() > perCardMonthlyLimit) {
            throw new RedemptionLimitReached(
                    giftId, command.cardId(), month, taken, command.quantity(), perCardMonthlyLimit);
        }
        GiftStockReserved reserved = new GiftStockReserved(
                giftId,
                stationId,
                name,
                command.redemptionId(),
                command.cardId(),
                command.quantity(),
                pointsCost,
                pointsCost * command.quantity(),
                stock - command.quantity(),
                month,
                calendar.now());
        apply(reserved);
        return reserved;
    }

    /**
     * Idempotent: a redemption that holds nothing here changes nothing, and the answer says whether its hold was
     * released or handed over already or never was ({@link HoldEnding}).
     */
    @CommandHandler
    public HoldEnding handle(ReleaseGiftStock command, LedgerCalendar calendar) {
        GiftHold hold = holds.get(command.redemptionId());
        if (hold != null) {
            apply(new GiftStockReleased(
                    giftId,
                    stationId,
                    command.redemptionId(),
                    hold.cardId(),
                    hold.quantity(),
                    stock + hold.quantity(),
                    command.reason(),
                    calendar.now()));
        }
        return ending(hold, command.redemptionId());
    }

    /** Idempotent, and answered, as the release. A retired gift still hands over what it promised. */
    @CommandHandler
    public HoldEnding handle(HandOverGift command, LedgerCalendar calendar) {
        GiftHold hold = holds.get(command.redemptionId());
        if (hold != null) {
            apply(new GiftHandedOver(
                    giftId, stationId, command.redemptionId(), hold.cardId(), hold.quantity(), calendar.now()));
        }
        return ending(hold, command.redemptionId());
    }

    private HoldEnding ending(GiftHold hold, String redemptionId) {
        if (hold != null) {
            return HoldEnding.ENDED;
        }
        return endedHolds.contains(redemptionId) ? HoldEnding.ALREADY_ENDED : HoldEnding.NEVER_HELD;
    }

    private void requireInShop() {
        if (retired) {
            throw new org.pointsbank.core.gift.GiftRetired(giftId); // the rule, not the event
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
        name = event.name();
        pointsCost = event.pointsCost();
        stock = event.stock();
        perCardMonthlyLimit = event.perCardMonthlyLimit();
    }

    @EventSourcingHandler
    void on(GiftStockReserved event) {
        stock = event.stockAfter();
        holds.put(event.redemptionId(), new GiftHold(event.cardId(), event.quantity(), event.month()));
        tally = tally.plus(event.cardId(), event.month(), event.quantity());
    }

    @EventSourcingHandler
    void on(GiftStockReleased event) {
        stock = event.stockAfter();
        GiftHold hold = holds.remove(event.redemptionId());
        endedHolds = endedHolds.plus(event.redemptionId());
        if (hold != null) {
            tally = tally.minus(hold.cardId(), hold.month(), hold.quantity());
        }
    }

    @EventSourcingHandler
    void on(GiftHandedOver event) {
        holds.remove(event.redemptionId());
        endedHolds = endedHolds.plus(event.redemptionId());
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
