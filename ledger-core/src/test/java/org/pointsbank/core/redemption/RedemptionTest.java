package org.pointsbank.core.redemption;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.redemption.api.CancelRedemption;
import org.pointsbank.core.redemption.api.ExpireRedemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.pointsbank.core.redemption.api.PlaceRedemption;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionExpired;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.redemption.api.RedemptionPlaced;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.RuleKind;

/** One redemption from its placing to how it ends: fulfilled, cancelled or expired, once. */
@DisplayName("Redemption")
class RedemptionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 3 November 2026 in Shanghai. */
    private static final Instant PLACED_AT = Instant.parse("2026-11-03T02:00:00Z");

    private static final Duration HOLD = Duration.ofHours(48);
    /** 10:00 on 5 November 2026 in Shanghai. */
    private static final Instant EXPIRES_AT = Instant.parse("2026-11-05T02:00:00Z");

    private static final RedemptionPlaced PLACED =
            new RedemptionPlaced("rd1", "card-1", "g1", "thermos", "yungu", 2, 240, PLACED_AT, EXPIRES_AT);

    private static AggregateTestFixture<Redemption> at(Instant now) {
        AggregateTestFixture<Redemption> fixture = new AggregateTestFixture<>(Redemption.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(now, ZONE), 60));
        return fixture;
    }

    private static RedemptionFulfilled fulfilled(Instant at) {
        return new RedemptionFulfilled("rd1", "card-1", "g1", "yungu", 2, 240, LocalDate.ofInstant(at, ZONE), at);
    }

    private static RedemptionCancelled cancelled(Instant at) {
        return new RedemptionCancelled("rd1", "card-1", "g1", "yungu", 240, "changed mind", at);
    }

    private static RedemptionExpired expired(Instant at) {
        return new RedemptionExpired("rd1", "card-1", "g1", "yungu", 240, EXPIRES_AT, at);
    }

    @Test
    void placingHoldsItFromTheMomentTheStockWasReserved() {
        // the command names the moment; the ledger's clock of the placing does not matter
        at(PLACED_AT.plusSeconds(5))
                .givenNoPriorActivity()
                .when(new PlaceRedemption("rd1", "card-1", "g1", "thermos", "yungu", 2, 240, PLACED_AT, HOLD))
                .expectEvents(PLACED);
    }

    @Nested
    @DisplayName("FulfilRedemption")
    class Fulfilling {

        @Test
        void handsOverBeforeTheHoldRunsOutOnTheServicesDay() {
            // 17:00 UTC on 3 November is already 4 November in Shanghai
            Instant now = Instant.parse("2026-11-03T17:00:00Z");
            RedemptionFulfilled expected =
                    new RedemptionFulfilled("rd1", "card-1", "g1", "yungu", 2, 240, LocalDate.of(2026, 11, 4), now);
            at(now).given(PLACED)
                    .when(new FulfilRedemption("rd1"))
                    .expectEvents(expected)
                    .expectResultMessagePayload(expected);
        }

        @Test
        void handsOverUntilTheLastMicrosecondOfTheHold() {
            Instant now = EXPIRES_AT.minusNanos(1_000);
            at(now).given(PLACED).when(new FulfilRedemption("rd1")).expectEvents(fulfilled(now));
        }

        @Test
        void refusesExactlyAtTheExpiryEvenBeforeTheSweepRecordsIt() {
            at(EXPIRES_AT)
                    .given(PLACED)
                    .when(new FulfilRedemption("rd1"))
                    .expectException(org.pointsbank.core.redemption.RedemptionExpired.class)
                    .expectException(allOf(hasCode("REDEMPTION_EXPIRED"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("redemption rd1 expired at 2026-11-05T02:00:00Z; place a new one")
                    .expectNoEvents();
        }

        @Test
        void refusesAfterTheExpiry() {
            at(EXPIRES_AT.plus(Duration.ofDays(3)))
                    .given(PLACED)
                    .when(new FulfilRedemption("rd1"))
                    .expectException(hasCode("REDEMPTION_EXPIRED"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnExpiredOne() {
            at(EXPIRES_AT.plusSeconds(60))
                    .given(PLACED, expired(EXPIRES_AT.plusSeconds(30)))
                    .when(new FulfilRedemption("rd1"))
                    .expectException(org.pointsbank.core.redemption.RedemptionExpired.class)
                    .expectException(hasCode("REDEMPTION_EXPIRED"))
                    .expectNoEvents();
        }

        @Test
        void refusesACancelledOne() {
            at(PLACED_AT.plusSeconds(120))
                    .given(PLACED, cancelled(PLACED_AT.plusSeconds(60)))
                    .when(new FulfilRedemption("rd1"))
                    .expectException(RedemptionAlreadyFinished.class)
                    .expectException(allOf(hasCode("REDEMPTION_ALREADY_FINISHED"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("redemption rd1 is CANCELLED and cannot change again")
                    .expectNoEvents();
        }

        @Test
        void fulfilsOnce() {
            at(PLACED_AT.plusSeconds(120))
                    .given(PLACED, fulfilled(PLACED_AT.plusSeconds(60)))
                    .when(new FulfilRedemption("rd1"))
                    .expectException(hasCode("REDEMPTION_ALREADY_FINISHED"))
                    .expectExceptionMessage("redemption rd1 is FULFILLED and cannot change again")
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("CancelRedemption")
    class Cancelling {

        @Test
        void callsItOff() {
            Instant now = PLACED_AT.plusSeconds(60);
            at(now).given(PLACED)
                    .when(new CancelRedemption("rd1", "changed mind"))
                    .expectEvents(cancelled(now))
                    .expectResultMessagePayload(cancelled(now));
        }

        @Test
        void isAllowedPastTheExpiryUntilTheSweepRecordsIt() {
            Instant now = EXPIRES_AT.plusSeconds(60);
            at(now).given(PLACED)
                    .when(new CancelRedemption("rd1", "changed mind"))
                    .expectEvents(cancelled(now));
        }

        @Test
        void refusesAFulfilledOne() {
            at(PLACED_AT.plusSeconds(120))
                    .given(PLACED, fulfilled(PLACED_AT.plusSeconds(60)))
                    .when(new CancelRedemption("rd1", "changed mind"))
                    .expectException(RedemptionAlreadyFinished.class)
                    .expectException(allOf(hasCode("REDEMPTION_ALREADY_FINISHED"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("redemption rd1 is FULFILLED and cannot change again")
                    .expectNoEvents();
        }

        @Test
        void cancelsOnce() {
            at(PLACED_AT.plusSeconds(120))
                    .given(PLACED, cancelled(PLACED_AT.plusSeconds(60)))
                    .when(new CancelRedemption("rd1", "again"))
                    .expectException(hasCode("REDEMPTION_ALREADY_FINISHED"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnExpiredOne() {
            at(EXPIRES_AT.plusSeconds(60))
                    .given(PLACED, expired(EXPIRES_AT.plusSeconds(30)))
                    .when(new CancelRedemption("rd1", "too late"))
                    .expectException(hasCode("REDEMPTION_EXPIRED"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("ExpireRedemption")
    class Expiring {

        @Test
        void doesNothingBeforeTheHoldRunsOut() {
            at(EXPIRES_AT.minusNanos(1_000))
                    .given(PLACED)
                    .when(new ExpireRedemption("rd1"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(false)
                    .expectNoEvents();
        }

        @Test
        void expiresExactlyWhenTheHoldRunsOut() {
            at(EXPIRES_AT)
                    .given(PLACED)
                    .when(new ExpireRedemption("rd1"))
                    .expectEvents(expired(EXPIRES_AT))
                    .expectResultMessagePayload(true);
        }

        @Test
        void recordsWhenALateSweepFoundIt() {
            Instant now = EXPIRES_AT.plus(Duration.ofHours(5));
            at(now).given(PLACED)
                    .when(new ExpireRedemption("rd1"))
                    .expectEvents(expired(now))
                    .expectResultMessagePayload(true);
        }

        @Test
        void leavesAFulfilledOneAlone() {
            at(EXPIRES_AT.plusSeconds(60))
                    .given(PLACED, fulfilled(PLACED_AT.plusSeconds(60)))
                    .when(new ExpireRedemption("rd1"))
                    .expectResultMessagePayload(false)
                    .expectNoEvents();
        }

        @Test
        void leavesACancelledOneAlone() {
            at(EXPIRES_AT.plusSeconds(60))
                    .given(PLACED, cancelled(PLACED_AT.plusSeconds(60)))
                    .when(new ExpireRedemption("rd1"))
                    .expectResultMessagePayload(false)
                    .expectNoEvents();
        }

        @Test
        void expiresOnce() {
            at(EXPIRES_AT.plusSeconds(60))
                    .given(PLACED, expired(EXPIRES_AT.plusSeconds(30)))
                    .when(new ExpireRedemption("rd1"))
                    .expectResultMessagePayload(false)
                    .expectNoEvents();
        }
    }
}
