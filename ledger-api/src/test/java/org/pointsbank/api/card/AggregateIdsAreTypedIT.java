package org.pointsbank.api.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;
import org.pointsbank.api.config.AggregateCache;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.gift.Gift;
import org.pointsbank.core.gift.api.RestockGift;
import org.pointsbank.core.redemption.Redemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Aggregate ids are typed: a card operation on a gift's or a redemption's id is 404 CARD_NOT_FOUND and leaves
 * that gift or redemption as it was, whether the other aggregate is in the aggregate cache (one view per type)
 * or only in the event store (its events are filtered out by their aggregate type); and the other way round.
 */
class AggregateIdsAreTypedIT extends IntegrationTest {

    @Autowired
    AggregateCache aggregates;

    @Autowired
    CommandGateway gateway;

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void cardOperationsOnAGiftsOrARedemptionsIdAreCardNotFoundAndTouchNothing() {
        Card card = problems.newCard();
        ledger.credited(card.id(), card.station(), 600, today());
        String gift = ledger.gift(card.station(), 10, 5, null);
        String redemption = ledger.redeemed(card.id(), gift, 1);
        long giftEvents = problems.events(gift);
        long redemptionEvents = problems.events(redemption);

        for (boolean cached : List.of(true, false)) {
            if (!cached) {
                aggregates.of(Gift.class).remove(gift);
                aggregates.of(Redemption.class).remove(redemption);
            }
            for (String id : List.of(gift, redemption)) {
                String why = id + (cached ? " (cached)" : " (from the event store)");
                String key = key();
                assertProblem(
                        admin.post(
                                CARDS + id + "/volunteer-hours",
                                key,
                                LedgerFixture.volunteerBody(card.station(), 60, today())),
                        404,
                        "CARD_NOT_FOUND",
                        null);
                assertProblem(
                        admin.post(
                                CARDS + id + "/study-sessions", key(), ProblemAssertions.studyBody(card.station(), 60)),
                        404,
                        "CARD_NOT_FOUND",
                        null);
                assertProblem(
                        admin.post(
                                CARDS + id + "/entries/" + UUID.randomUUID() + "/reversal",
                                key(),
                                "{\"reason\":\"wrong aggregate\"}"),
                        404,
                        "CARD_NOT_FOUND",
                        null);
                assertProblem(
                        admin.post(CARDS + id + "/redemptions", key(), "{\"giftId\":\"" + gift + "\",\"quantity\":1}"),
                        404,
                        "CARD_NOT_FOUND",
                        null);
                assertProblem(admin.get(CARDS + id), 404, "CARD_NOT_FOUND", null);
                assertThat(problems.storedKeys(key)).as(why).isZero();
            }
            assertThat(problems.events(gift)).as("the gift's stream").isEqualTo(giftEvents);
            assertThat(problems.events(redemption))
                    .as("the redemption's stream")
                    .isEqualTo(redemptionEvents);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?) "
                                + "AND type = 'RewardCard'",
                        Long.class,
                        gift,
                        redemption))
                .isZero();
        assertThat(admin.get("/api/v1/redemptions/" + redemption)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RESERVED");
        assertThat(ledger.finish(redemption, "fulfilment").status())
                .as("the redemption still works")
                .isEqualTo(200);
    }

    @Test
    void giftAndRedemptionOperationsOnACardsIdAreNotFound() {
        Card card = problems.newVisibleCard();
        long cardEvents = problems.events(card.id());

        assertProblem(
                admin.post(
                        "/api/v1/stations/" + card.station() + "/gifts/" + card.id() + "/restock",
                        key(),
                        "{\"quantity\":2}"),
                404,
                "GIFT_NOT_FOUND",
                null);
        assertProblem(
                admin.post("/api/v1/redemptions/" + card.id() + "/fulfilment", key(), "{}"),
                404,
                "REDEMPTION_NOT_FOUND",
                null);
        assertProblem(admin.get("/api/v1/redemptions/" + card.id()), 404, "REDEMPTION_NOT_FOUND", null);
        // below the web layer's read-model checks: the repositories themselves refuse another type's stream
        for (Object command : List.of(new RestockGift(card.id(), 2), new FulfilRedemption(card.id()))) {
            assertThatThrownBy(() -> gateway.sendAndWait(command))
                    .as(command.toString())
                    .isInstanceOf(AggregateNotFoundException.class);
        }
        assertThat(problems.events(card.id())).isEqualTo(cardEvents);
    }

    @Test
    void aCardCommandOnAGiftsIdIsRefusedByTheRepositoryItself() {
        Card card = problems.newCard();
        String gift = ledger.gift(card.station(), 10, 5, null);
        long giftEvents = problems.events(gift);
        aggregates.of(Gift.class).remove(gift);

        assertThatThrownBy(() -> gateway.sendAndWait(new CreditVolunteerHours(
                        gift, UUID.randomUUID().toString(), card.station(), "park cleanup", 60, today())))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(problems.events(gift)).isEqualTo(giftEvents);
    }
}
