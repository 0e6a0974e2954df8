package org.pointsbank.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.TestClock;
import org.pointsbank.api.http.ApiException;

class WrongCodeLimitTest {

    private static final byte[] KEY = new byte[32];
    private static final String SCOPE = "activity:a-1";

    private final TestClock clock = new TestClock(ZoneId.of("UTC"));
    private final CheckInCodes codes = new CheckInCodes(KEY, Duration.ofSeconds(30), clock);

    @Test
    void anAccountThatTypedTooManyWrongCodesIsRefusedEvenTheRightOneUntilTheWindowEnds() {
        for (int i = 0; i < WrongCodeLimit.MAX_WRONG; i++) {
            assertThat(codes.acceptsFrom("guesser", SCOPE, wrongCode())).isFalse();
        }
        String right = codes.current(SCOPE).code();

        assertThatThrownBy(() -> codes.acceptsFrom("guesser", SCOPE, right))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("RATE_LIMITED");
                });
        assertThat(codes.acceptsFrom("someone-else", SCOPE, right)).isTrue();

        clock.advance(WrongCodeLimit.WINDOW);
        assertThat(codes.acceptsFrom("guesser", SCOPE, codes.current(SCOPE).code()))
                .isTrue();
    }

    @Test
    void rightCodesDoNotCountAgainstTheAccount() {
        for (int i = 0; i < 3 * WrongCodeLimit.MAX_WRONG; i++) {
            assertThat(codes.acceptsFrom(
                            "volunteer", SCOPE, codes.current(SCOPE).code()))
                    .isTrue();
        }
        for (int i = 0; i < WrongCodeLimit.MAX_WRONG - 1; i++) {
            assertThat(codes.acceptsFrom("volunteer", SCOPE, wrongCode())).isFalse();
        }
        assertThat(codes.acceptsFrom("volunteer", SCOPE, codes.current(SCOPE).code()))
                .isTrue();
    }

    /** A well-formed code that is neither this interval's nor the previous one's. */
    private String wrongCode() {
        for (int n = 0; ; n++) {
            String candidate = String.format("%08d", n);
            if (!codes.accepts(SCOPE, candidate)) {
                return candidate;
            }
        }
    }
}
