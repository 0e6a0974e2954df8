package org.pointsbank.projections.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionExpired;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.redemption.api.RedemptionPlaced;
import org.pointsbank.projections.testing.ProjectionTest;

class RedemptionProjectionTest extends ProjectionTest {

    private static final Instant PLACED = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-17T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-12T10:00:00Z");

    private RedemptionProjection projection;
    private RedemptionRepository redemptions;

    @BeforeEach
    void projection() {
        projection = new RedemptionProjection(jdbc);
        redemptions = new RedemptionRepository(jdbc);
    }

    @Test
    void anOpenRedemptionIsFoundByTheSweepOnceItsHoldRanOutAndNotAfterItEnded() {
        recorded(
                projection,
                placed("r1", PLACED, EXPIRES),
                placed("r2", PLACED.plusSeconds(1), EXPIRES.plusSeconds(60)));

        assertThat(redemptions.expiredBy(EXPIRES.minusSeconds(1), 10)).isEmpty();
        assertThat(redemptions.expiredBy(EXPIRES, 10)).containsExactly("r1");
        assertThat(redemptions.expiredBy(EXPIRES.plusSeconds(60), 1)).containsExactly("r1");

        recorded(
                projection,
                event(
                        "Redemption",
                        "r1",
                        1,
                        new RedemptionExpired(
                                "r1", "card-ann", "gift-1", "station-a", 30, EXPIRES, EXPIRES.plusSeconds(5))));

        assertThat(redemptions.expiredBy(EXPIRES.plusSeconds(3600), 10)).containsExactly("r2");
        RedemptionRow r1 = redemptions.find("r1").orElseThrow();
        assertThat(r1.status()).isEqualTo("EXPIRED");
        assertThat(r1.finishedAt()).isEqualTo(EXPIRES.plusSeconds(5));
    }

    @Test
    void aFinishedRedemptionKeepsItsFirstEndingWhenAnotherEndingOrItsPlacementArrivesAgain() {
        EventMessage<?> placed = placed("r1", PLACED, EXPIRES);
        recorded(
                projection,
                placed,
                event(
                        "Redemption",
                        "r1",
                        1,
                        new RedemptionCancelled(
                                "r1", "card-ann", "gift-1", "station-a", 30, "changed my mind", LATER)));
        recorded(
                projection,
                placed,
                event(
                        "Redemption",
                        "r1",
                        2,
                        new RedemptionFulfilled(
                                "r1",
                                "card-ann",
                                "gift-1",
                                "station-a",
                                1,
                                30,
                                LocalDate.of(2026, 3, 13),
                                LATER.plusSeconds(60))));

        assertThat(redemptions.find("r1"))
                .contains(new RedemptionRow(
                        "r1",
                        "card-ann",
                        "gift-1",
                        "Notebook",
                        "station-a",
                        1,
                        30,
                        "CANCELLED",
                        PLACED,
                        EXPIRES,
                        LATER,
                        "changed my mind"));
    }

    @Test
    void aCardsRedemptionsAreListedNewestFirstUpToTheLimit() {
        recorded(
                projection,
                placed("r1", PLACED, EXPIRES),
                placed("r2", PLACED.plusSeconds(10), EXPIRES),
                placed("r3", PLACED.plusSeconds(20), EXPIRES));
        recorded(
                projection,
                event(
                        "Redemption",
                        "r2",
                        1,
                        new RedemptionFulfilled(
                                "r2", "card-ann", "gift-1", "station-a", 1, 30, LocalDate.of(2026, 3, 13), LATER)));

        assertThat(redemptions.ofCard("card-ann", 2))
                .extracting(RedemptionRow::redemptionId, RedemptionRow::status)
                .containsExactly(tuple("r3", "RESERVED"), tuple("r2", "FULFILLED"));
        assertThat(redemptions.ofCard("card-bob", 10)).isEmpty();
    }

    private static EventMessage<?> placed(String redemptionId, Instant at, Instant expires) {
        return event(
                "Redemption",
                redemptionId,
                0,
                new RedemptionPlaced(redemptionId, "card-ann", "gift-1", "Notebook", "station-a", 1, 30, at, expires));
    }
}
