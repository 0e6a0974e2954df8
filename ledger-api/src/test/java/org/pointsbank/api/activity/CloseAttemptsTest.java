package org.pointsbank.api.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.ActivityKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Only the close the committed attempt decided is carried out, and a replay carries out none. */
class CloseAttemptsTest {

    private final AtomicInteger sent = new AtomicInteger();

    private ActivityClosed send() {
        return new ActivityClosed(
                "a-" + sent.incrementAndGet(),
                "s",
                ActivityKind.values()[0],
                "t",
                LocalDate.of(2026, 1, 1),
                List.of(),
                List.of(),
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static LedgerResponse answer(ActivityClosed closed) {
        return LedgerResponse.ok(closed.activityId());
    }

    @Test
    void aReplayAfterARolledBackAttemptCarriesNothingOut() {
        // The first attempt decides, its commit loses the race, another instance committed the same key: replay.
        CloseAttempts.Outcome outcome = CloseAttempts.run(
                action -> {
                    action.get();
                    return ResponseEntity.ok()
                            .header(IdempotentRequests.REPLAYED_HEADER, "true")
                            .body("{}");
                },
                this::send,
                CloseAttemptsTest::answer);

        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.toCarryOut()).isNull();
    }

    @Test
    void aRetriedAttemptThatIsRefusedCarriesOutNothingTheRolledBackOneDecided() {
        // The first attempt decides a-1 and is rolled back; run again, the close is refused (say, already closed by
        // another instance) and the runner answers the refusal.
        AtomicInteger attempts = new AtomicInteger();
        CloseAttempts.Outcome outcome = CloseAttempts.run(
                action -> {
                    action.get();
                    try {
                        action.get();
                    } catch (IllegalStateException refused) {
                        return ResponseEntity.status(HttpStatus.CONFLICT).body("{}");
                    }
                    return ResponseEntity.ok().body("{}");
                },
                () -> {
                    if (attempts.incrementAndGet() > 1) {
                        throw new IllegalStateException("already closed");
                    }
                    return send();
                },
                CloseAttemptsTest::answer);

        assertThat(outcome.replayed()).isFalse();
        assertThat(outcome.toCarryOut()).isNull();
    }

    @Test
    void theCommittedAttemptsCloseIsCarriedOut() {
        CloseAttempts.Outcome outcome = CloseAttempts.run(
                action -> {
                    action.get();
                    action.get();
                    return ResponseEntity.ok().body("{}");
                },
                this::send,
                CloseAttemptsTest::answer);

        assertThat(outcome.replayed()).isFalse();
        assertThat(outcome.toCarryOut().activityId()).isEqualTo("a-2");
    }
}
