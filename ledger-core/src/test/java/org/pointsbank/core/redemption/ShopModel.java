package org.pointsbank.core.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-Java model of cards, gifts and redemptions, written from the rules in ledger-core/README.md and
 * docs/api.md, not from the aggregates: what each command should do to balances, holds and stock, and whether it
 * should be refused. Each {@code try...} method answers false (and changes nothing) when the command must be refused.
 */
final class ShopModel {

    static final int DAILY_VOLUNTEER_MINUTES = 720;

    /** A credit on a card: its points and minutes, whether reversed. */
    static final class Credit {
        final String entryId;
        final LocalDate day;
        final int minutes;
        final long points;
        boolean reversed;

        Credit(String entryId, LocalDate day, int minutes, long points) {
            this.entryId = entryId;
            this.day = day;
            this.minutes = minutes;
            this.points = points;
        }
    }

    static final class Card {
        boolean active = true;
        long balance;
        final Map<String, Long> held = new HashMap<>();
        final List<Credit> credits = new ArrayList<>();
        final Map<LocalDate, Integer> volunteerMinutes = new HashMap<>();

        long heldTotal() {
            return held.values().stream().mapToLong(Long::longValue).sum();
        }

        long available() {
            return balance - heldTotal();
        }
    }

    record Hold(String cardId, int quantity, YearMonth month) {}

    static final class Gift {
        int stock;
        long price;
        final Integer limit;
        boolean retired;
        final Map<String, Hold> holds = new HashMap<>();
        final Map<String, Integer> taken = new HashMap<>();

        Gift(int stock, long price, Integer limit) {
            this.stock = stock;
            this.price = price;
            this.limit = limit;
        }

        int taken(String cardId, YearMonth month) {
            return taken.getOrDefault(cardId + "@" + month, 0);
        }

        void count(String cardId, YearMonth month, int quantity) {
            taken.merge(cardId + "@" + month, quantity, Integer::sum);
        }
    }

    static final class Order {
        final String cardId;
        final String giftId;
        final int quantity;
        final long points;
        final Instant expiresAt;
        RedemptionStatus status = RedemptionStatus.RESERVED;

        Order(String cardId, String giftId, int quantity, long points, Instant expiresAt) {
            this.cardId = cardId;
            this.giftId = giftId;
            this.quantity = quantity;
            this.points = points;
            this.expiresAt = expiresAt;
        }
    }

    final Map<String, Card> cards = new LinkedHashMap<>();
    final Map<String, Gift> gifts = new LinkedHashMap<>();
    final Map<String, Order> orders = new LinkedHashMap<>();

    /** Volunteer hours: 10 points an hour, rounded down; at most 720 minutes per card and day. */
    boolean tryCredit(String cardId, String entryId, int minutes, LocalDate day) {
        Card card = cards.get(cardId);
        int already = card.volunteerMinutes.getOrDefault(day, 0);
        if (!card.active || already + minutes > DAILY_VOLUNTEER_MINUTES) {
            return false;
        }
        long points = minutes * 10L / 60;
        card.credits.add(new Credit(entryId, day, minutes, points));
        card.volunteerMinutes.put(day, already + minutes);
        card.balance += points;
        return true;
    }

    /** A reversal takes the points back (from what is available) and gives the day its minutes back. */
    boolean tryReverse(String cardId, Credit credit) {
        Card card = cards.get(cardId);
        if (credit.reversed || card.available() < credit.points) {
            return false;
        }
        credit.reversed = true;
        card.balance -= credit.points;
        card.volunteerMinutes.merge(credit.day, -credit.minutes, Integer::sum);
        return true;
    }

    boolean tryClose(String cardId) {
        Card card = cards.get(cardId);
        if (!card.active) {
            return false;
        }
        card.active = false;
        return true;
    }

    /** Stock held at the gift's price today, points held on the card: both or neither. */
    boolean tryPlace(String redemptionId, String cardId, String giftId, int quantity, Instant now, Instant expires) {
        Card card = cards.get(cardId);
        Gift gift = gifts.get(giftId);
        YearMonth month = YearMonth.from(now.atZone(RedemptionLedgerProperties.ZONE));
        long points = gift.price * quantity;
        if (gift.retired
                || gift.stock < quantity
                || (gift.limit != null && gift.taken(cardId, month) + quantity > gift.limit)
                || !card.active
                || card.available() < points) {
            return false;
        }
        gift.stock -= quantity;
        gift.holds.put(redemptionId, new Hold(cardId, quantity, month));
        gift.count(cardId, month, quantity);
        card.held.put(redemptionId, points);
        orders.put(redemptionId, new Order(cardId, giftId, quantity, points, expires));
        return true;
    }

    /** Handed over before its hold ran out: the points leave the card, the stock leaves the shop. */
    boolean tryFulfil(String redemptionId, Instant now) {
        Order order = orders.get(redemptionId);
        if (order.status != RedemptionStatus.RESERVED || !now.isBefore(order.expiresAt)) {
            return false;
        }
        order.status = RedemptionStatus.FULFILLED;
        gifts.get(order.giftId).holds.remove(redemptionId);
        Card card = cards.get(order.cardId);
        card.held.remove(redemptionId);
        card.balance -= order.points;
        return true;
    }

    /** Called off while reserved (even past its expiry, until the sweep records it): both holds released. */
    boolean tryCancel(String redemptionId) {
        Order order = orders.get(redemptionId);
        if (order.status != RedemptionStatus.RESERVED) {
            return false;
        }
        order.status = RedemptionStatus.CANCELLED;
        release(redemptionId, order);
        return true;
    }

    /** The sweep: a reserved redemption whose hold ran out expires; anything else is left alone (no refusal). */
    boolean tryExpire(String redemptionId, Instant now) {
        Order order = orders.get(redemptionId);
        if (order.status != RedemptionStatus.RESERVED || now.isBefore(order.expiresAt)) {
            return false;
        }
        order.status = RedemptionStatus.EXPIRED;
        release(redemptionId, order);
        return true;
    }

    private void release(String redemptionId, Order order) {
        Gift gift = gifts.get(order.giftId);
        Hold hold = gift.holds.remove(redemptionId);
        gift.stock += hold.quantity();
        gift.count(hold.cardId(), hold.month(), -hold.quantity());
        cards.get(order.cardId).held.remove(redemptionId);
    }

    boolean tryRestock(String giftId, int quantity) {
        Gift gift = gifts.get(giftId);
        if (gift.retired) {
            return false;
        }
        gift.stock += quantity;
        return true;
    }

    boolean tryReprice(String giftId, long price) {
        Gift gift = gifts.get(giftId);
        if (gift.retired) {
            return false;
        }
        gift.price = price;
        return true;
    }

    boolean tryRetire(String giftId) {
        Gift gift = gifts.get(giftId);
        if (gift.retired) {
            return false;
        }
        gift.retired = true;
        return true;
    }
}
