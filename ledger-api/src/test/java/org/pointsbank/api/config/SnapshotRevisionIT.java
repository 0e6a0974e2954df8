package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.gift.Gift;
import org.springframework.context.ApplicationContext;

/**
 * A snapshot written before the state's shape changed is ignored, not mis-read: the service on an old data
 * directory replays the aggregate from its events instead. Revision 2 of a card kept its held points as a map
 * and a counter ({@code reservations}, {@code reserved}); revision 3 keeps them as one value ({@code held});
 * revision 4 adds the card's open reading session; revision 5 keeps the entries and their daily
 * tallies as one value ({@code entries}), counting rewarded reports too; revision 6 keeps each entry's activity
 * (for certificates); revision 7 also remembers the redemptions whose hold ended; revision 8 (the current) keeps
 * the entries of settled months as ids and record-of-service figures.
 * Revision 2 of a gift kept its per-card monthly tally as a month and a map ({@code countedMonth},
 * {@code takenThisMonth}); revision 3 keeps it as one value ({@code tally}); revision 4 (the current) also remembers
 * the redemptions whose hold ended. The storage mapper ignores unknown
 * properties (old events stay readable), so a revision-2 snapshot read as the current class would silently
 * forget every hold, or every card's tally and with it the monthly limit. Axon's revision filter (from
 * {@code @Revision}) skips it.
 */
class SnapshotRevisionIT extends IntegrationTest {

    /** The card's revision as its class declares it, so the control follows every later revision. */
    private static final String CURRENT_CARD_REVISION = RewardCard.class
            .getAnnotation(org.axonframework.serialization.Revision.class)
            .value();

    private StoredAggregates aggregates;
    private String station;
    private String card;
    private String gift;

    @BeforeEach
    void storedAggregates(ApplicationContext context) {
        aggregates = new StoredAggregates(context);
    }

    @AfterEach
    void forgetTheFakeSnapshots() {
        if (card != null) {
            aggregates.forgetSnapshots(RewardCard.class, card);
        }
        if (gift != null) {
            aggregates.forgetSnapshots(Gift.class, gift);
        }
    }

    /** A card with 100 points, 80 of them held for an open redemption. */
    private void cardHoldingEightyOfAHundredPoints() {
        station = ledger.station();
        card = ledger.card(station);
        ledger.credited(card, station, 600, today());
        ledger.redeemed(card, ledger.gift(station, 80, 5, null), 1);
    }

    /** A gift of at most 2 a card a month, of which a card with 100 points has taken 2 this month. */
    private void giftWhoseMonthlyLimitACardHasTaken() {
        station = ledger.station();
        card = ledger.card(station);
        ledger.credited(card, station, 600, today());
        gift = ledger.gift(station, 10, 10, 2);
        ledger.redeemed(card, gift, 2);
    }

    /** The card's state as revision 2 wrote it: the holds as a map and a counter, and the card's station. */
    private ObjectNode revisionTwoSnapshotOf(String cardId, String stationId) {
        ObjectNode state = aggregates.stateOf(aggregates.loadFromStore(RewardCard.class, cardId));
        JsonNode holds = state.remove("held").get("byRedemption");
        long reserved = 0;
        for (JsonNode hold : holds) {
            reserved += hold.get("points").asLong();
        }
        state.put("stationId", stationId);
        state.set("reservations", holds);
        state.put("reserved", reserved);
        return state;
    }

    /** The gift's state as revision 2 wrote it: the tally's month and its quantities per card as two fields. */
    private ObjectNode revisionTwoSnapshotOfGift(String giftId) {
        ObjectNode state = aggregates.stateOf(aggregates.loadFromStore(Gift.class, giftId));
        JsonNode tally = state.remove("tally");
        state.set("countedMonth", tally.get("month"));
        state.set("takenThisMonth", tally.get("takenByCard"));
        return state;
    }

    private long heldPoints(RewardCard loaded) {
        long held = 0;
        for (JsonNode hold : aggregates.stateOf(loaded).path("held").path("byRedemption")) {
            held += hold.get("points").asLong();
        }
        return held;
    }

    /** What the gift counts {@code cardId} as having taken in the month it counts (0: nothing counted). */
    private int takenBy(Gift loaded, String cardId) {
        return aggregates
                .stateOf(loaded)
                .path("tally")
                .path("takenByCard")
                .path(cardId)
                .asInt();
    }

    @Test
    void aSnapshotOfAnOlderRevisionIsIgnoredAndTheCardReplayedFromItsEvents() {
        cardHoldingEightyOfAHundredPoints();
        aggregates.storeSnapshot(RewardCard.class, card, revisionTwoSnapshotOf(card, station), "2");

        ApiResponse second = ledger.redeem(card, ledger.gift(station, 80, 5, null), 1);

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(second.json().get("detail").asText()).contains("has 20 points available");
        assertThat(heldPoints(aggregates.loadFromStore(RewardCard.class, card))).isEqualTo(80);
    }

    /** The control: the same snapshot under the current revision is read, and forgets the hold. */
    @Test
    void aSnapshotOfTheCurrentRevisionIsReadAsItIs() {
        cardHoldingEightyOfAHundredPoints();
        aggregates.storeSnapshot(RewardCard.class, card, revisionTwoSnapshotOf(card, station), CURRENT_CARD_REVISION);

        assertThat(heldPoints(aggregates.loadFromStore(RewardCard.class, card))).isZero();
    }

    @Test
    void aGiftSnapshotOfAnOlderRevisionIsIgnoredAndTheGiftReplayedFromItsEvents() {
        giftWhoseMonthlyLimitACardHasTaken();
        aggregates.storeSnapshot(Gift.class, gift, revisionTwoSnapshotOfGift(gift), "2");

        ApiResponse third = ledger.redeem(card, gift, 1);

        assertThat(third.status()).as(third.toString()).isEqualTo(422);
        assertThat(third.code()).isEqualTo("REDEMPTION_LIMIT_REACHED");
        assertThat(third.json().get("detail").asText()).contains("has taken 2 of gift " + gift);
        assertThat(takenBy(aggregates.loadFromStore(Gift.class, gift), card)).isEqualTo(2);
    }

    /** The control: the same gift snapshot under the current revision is read, and forgets the card's tally. */
    @Test
    void aGiftSnapshotOfTheCurrentRevisionIsReadAsItIs() {
        giftWhoseMonthlyLimitACardHasTaken();
        aggregates.storeSnapshot(Gift.class, gift, revisionTwoSnapshotOfGift(gift), "4");

        assertThat(takenBy(aggregates.loadFromStore(Gift.class, gift), card)).isZero();
    }
}
