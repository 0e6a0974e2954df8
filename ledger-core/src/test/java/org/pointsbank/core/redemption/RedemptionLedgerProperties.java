package org.pointsbank.core.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.core.redemption.InMemoryShop.field;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.card.api.CloseCard;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.RedeemReservedPoints;
import org.pointsbank.core.card.api.ReleaseReservedPoints;
import org.pointsbank.core.card.api.ReservePoints;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.gift.Gift;
import org.pointsbank.core.gift.api.AddGift;
import org.pointsbank.core.gift.api.ChangeGiftPrice;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.HandOverGift;
import org.pointsbank.core.gift.api.ReleaseGiftStock;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.gift.api.RestockGift;
import org.pointsbank.core.gift.api.RetireGift;
import org.pointsbank.core.redemption.api.CancelRedemption;
import org.pointsbank.core.redemption.api.ExpireRedemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.pointsbank.core.redemption.api.PlaceRedemption;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleViolation;

/**
 * Model-based (issue 18): random sequences of credits, reversals, card closes, redemptions placed, fulfilled,
 * cancelled and expired, restocks, price changes and retirements over two cards and two gifts, sent to the real
 * aggregates and to {@link ShopModel}. After every step the aggregates it touched agree with the model (balance,
 * points held, stock and its holds, the redemption's status), a refused command appended no event, and at the end
 * every aggregate agrees. The redemption process's steps are sent as the service's process sends them.
 */
class RedemptionLedgerProperties {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration HOLD = Duration.ofHours(48);
    private static final String STATION = "yungu";
    private static final List<String> CARDS = List.of("card-a", "card-b");
    private static final List<String> GIFTS = List.of("gift-a", "gift-b");
    private static final MovingClock CLOCK = new MovingClock(Instant.parse("2026-11-03T02:00:00Z"), ZONE);
    private static final InMemoryShop SHOP = new InMemoryShop(new LedgerCalendar(CLOCK, 60));

    enum Kind {
        CREDIT,
        REVERSE,
        CLOSE,
        PLACE,
        FULFIL,
        CANCEL,
        EXPIRE,
        RESTOCK,
        REPRICE,
        RETIRE,
        TICK
    }

    /** {@code card} and {@code gift} pick by index; {@code which} picks a credit or redemption; {@code n} a size. */
    record Step(Kind kind, int card, int gift, int which, int n) {}

    record Terms(int stock, int price, Integer limit) {}

    record Scenario(List<Terms> gifts, List<Step> steps) {}

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, Kind.CREDIT),
                net.jqwik.api.Tuple.of(2, Kind.REVERSE),
                net.jqwik.api.Tuple.of(1, Kind.CLOSE),
                net.jqwik.api.Tuple.of(6, Kind.PLACE),
                net.jqwik.api.Tuple.of(3, Kind.FULFIL),
                net.jqwik.api.Tuple.of(2, Kind.CANCEL),
                net.jqwik.api.Tuple.of(2, Kind.EXPIRE),
                net.jqwik.api.Tuple.of(2, Kind.RESTOCK),
                net.jqwik.api.Tuple.of(1, Kind.REPRICE),
                net.jqwik.api.Tuple.of(1, Kind.RETIRE),
                net.jqwik.api.Tuple.of(2, Kind.TICK));
        Arbitrary<Step> step = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(1, 4))
                .as(Step::new);
        Arbitrary<Terms> terms = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.integers().between(1, 3).injectNull(0.5))
                .as(Terms::new);
        return Combinators.combine(
                        terms.list().ofSize(2), step.list().ofMinSize(1).ofMaxSize(24))
                .as(Scenario::new);
    }

    @Property(tries = 10_000)
    void theAggregatesAgreeWithThePlainModelAfterEveryStep(@ForAll("scenarios") Scenario scenario) {
        SHOP.reset();
        CLOCK.at(Instant.parse("2026-11-03T02:00:00Z"));
        ShopModel model = new ShopModel();
        for (String card : CARDS) {
            SHOP.send(new IssueCard(card, STATION));
            model.cards.put(card, new ShopModel.Card());
        }
        for (int i = 0; i < GIFTS.size(); i++) {
            Terms t = scenario.gifts().get(i);
            SHOP.send(new AddGift(GIFTS.get(i), STATION, "thermos", t.price(), t.stock(), t.limit()));
            model.gifts.put(GIFTS.get(i), new ShopModel.Gift(t.stock(), t.price(), t.limit()));
        }
        List<String> placed = new ArrayList<>();
        int counter = 0;
        for (Step step : scenario.steps()) {
            String card = CARDS.get(step.card());
            String gift = GIFTS.get(step.gift());
            String redemption = placed.isEmpty() ? null : placed.get(step.which() % placed.size());
            long before = SHOP.events();
            String id = "e" + counter++;
            boolean expected = switch (step.kind()) {
                case CREDIT -> {
                    LocalDate today = LocalDate.now(CLOCK);
                    int minutes = 60 * step.n();
                    yield agree(
                            model.tryCredit(card, id, minutes, today),
                            () -> SHOP.send(new CreditVolunteerHours(card, id, STATION, "park", minutes, today)));
                }
                case REVERSE -> {
                    List<ShopModel.Credit> credits = model.cards.get(card).credits;
                    if (credits.isEmpty()) {
                        yield false;
                    }
                    ShopModel.Credit credit = credits.get(step.which() % credits.size());
                    yield agree(
                            model.tryReverse(card, credit),
                            () -> SHOP.send(new ReverseEntry(card, id, credit.entryId, "wrong card")));
                }
                case CLOSE -> agree(model.tryClose(card), () -> SHOP.send(new CloseCard(card, "moved away")));
                case PLACE -> {
                    Instant now = CLOCK.instant();
                    boolean ok = agree(
                            model.tryPlace(id, card, gift, step.n(), now, now.plus(HOLD)),
                            () -> place(id, card, gift, step.n()));
                    if (ok) {
                        placed.add(id);
                    }
                    yield ok;
                }
                case FULFIL ->
                    redemption != null && agree(model.tryFulfil(redemption, CLOCK.instant()), () -> fulfil(redemption));
                case CANCEL -> redemption != null && agree(model.tryCancel(redemption), () -> cancel(redemption));
                case EXPIRE -> redemption != null && model.tryExpire(redemption, CLOCK.instant()) == expire(redemption);
                case RESTOCK ->
                    agree(model.tryRestock(gift, step.n()), () -> SHOP.send(new RestockGift(gift, step.n())));
                case REPRICE ->
                    agree(
                            model.tryReprice(gift, 5L * step.n()),
                            () -> SHOP.send(new ChangeGiftPrice(gift, 5L * step.n())));
                case RETIRE -> agree(model.tryRetire(gift), () -> SHOP.send(new RetireGift(gift)));
                case TICK -> {
                    CLOCK.advance(Duration.ofHours(13L * step.n()));
                    yield false;
                }
            };
            if (!expected) {
                assertThat(SHOP.events()).as("%s changed nothing", step).isEqualTo(before);
            }
            agreeOnCard(model, card, step);
            agreeOnGift(model, gift, step);
            if (redemption != null) {
                agreeOnRedemption(model, redemption, step);
            }
        }
        for (String card : CARDS) {
            agreeOnCard(model, card, "the end");
        }
        for (String gift : GIFTS) {
            agreeOnGift(model, gift, "the end");
        }
        placed.forEach(redemption -> agreeOnRedemption(model, redemption, "the end"));
    }

    /** The service's placement: stock, then points, then the redemption, in one transaction. */
    private static void place(String redemptionId, String card, String gift, int quantity) {
        SHOP.together(() -> {
            GiftStockReserved stock = SHOP.send(new ReserveGiftStock(gift, redemptionId, card, quantity));
            SHOP.send(new ReservePoints(card, redemptionId, gift, stock.giftName(), STATION, quantity, stock.points()));
            return SHOP.send(new PlaceRedemption(
                    redemptionId,
                    card,
                    gift,
                    stock.giftName(),
                    STATION,
                    quantity,
                    stock.points(),
                    stock.recordedAt(),
                    HOLD));
        });
    }

    /** The desk's fulfilment, then the redemption process's two steps. */
    private static void fulfil(String redemptionId) {
        RedemptionFulfilled done = SHOP.send(new FulfilRedemption(redemptionId));
        SHOP.send(new HandOverGift(done.giftId(), done.redemptionId()));
        SHOP.send(new RedeemReservedPoints(done.cardId(), done.redemptionId(), done.fulfilledOn()));
    }

    private static void cancel(String redemptionId) {
        SHOP.send(new CancelRedemption(redemptionId, "changed mind"));
        release(redemptionId, "cancelled");
    }

    /** The sweep's command; answers whether it expired, and releases as the process does. */
    private static boolean expire(String redemptionId) {
        boolean expired = SHOP.send(new ExpireRedemption(redemptionId));
        if (expired) {
            release(redemptionId, "expired");
        }
        return expired;
    }

    private static void release(String redemptionId, String reason) {
        Redemption redemption = SHOP.redemption(redemptionId);
        SHOP.send(new ReleaseGiftStock(field(redemption, "giftId"), redemptionId, reason));
        SHOP.send(new ReleaseReservedPoints(field(redemption, "cardId"), redemptionId, reason));
    }

    /** Sends the command when the model accepts it, expecting a refusal when the model refuses it. */
    private static boolean agree(boolean modelAccepts, Runnable command) {
        boolean refused = false;
        try {
            command.run();
        } catch (RuleViolation violation) {
            refused = true;
        }
        assertThat(refused).as("refused (the model accepts: %s)", modelAccepts).isEqualTo(!modelAccepts);
        return modelAccepts;
    }

    private static void agreeOnCard(ShopModel model, String cardId, Object when) {
        ShopModel.Card expected = model.cards.get(cardId);
        RewardCard card = SHOP.card(cardId);
        Object held = field(card, "held");
        Map<String, ?> holds = field(held, "byRedemption");
        long heldTotal = holds.values().stream()
                .mapToLong(reservation -> InMemoryShop.<Long>field(reservation, "points"))
                .sum();
        assertThat((long) field(card, "balance"))
                .as("%s balance after %s", cardId, when)
                .isEqualTo(expected.balance);
        assertThat(holds.keySet()).as("%s holds after %s", cardId, when).isEqualTo(expected.held.keySet());
        assertThat(heldTotal).as("%s held after %s", cardId, when).isEqualTo(expected.heldTotal());
        assertThat(expected.available()).as("%s available", cardId).isNotNegative();
    }

    private static void agreeOnGift(ShopModel model, String giftId, Object when) {
        ShopModel.Gift expected = model.gifts.get(giftId);
        Gift gift = SHOP.gift(giftId);
        Map<String, ?> holds = field(gift, "holds");
        assertThat((int) field(gift, "stock"))
                .as("%s stock after %s", giftId, when)
                .isEqualTo(expected.stock);
        assertThat(holds.keySet()).as("%s holds after %s", giftId, when).isEqualTo(expected.holds.keySet());
        assertThat((boolean) field(gift, "retired")).isEqualTo(expected.retired);
    }

    private static void agreeOnRedemption(ShopModel model, String redemptionId, Object when) {
        RedemptionStatus status = field(SHOP.redemption(redemptionId), "status");
        assertThat(status).as("%s after %s", redemptionId, when).isEqualTo(model.orders.get(redemptionId).status);
    }
}
