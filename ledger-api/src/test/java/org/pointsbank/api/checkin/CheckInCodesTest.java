package org.pointsbank.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.api.TestClock;

class CheckInCodesTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final byte[] KEY = "a master key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);
    private static final String ROOM = CheckInCodes.readingRoomScope("st-1");
    /** The start of an interval (a multiple of 30 s since the epoch). */
    private static final Instant INTERVAL_START = Instant.parse("2030-03-04T05:06:00Z");

    private final TestClock clock = new TestClock(ZoneId.of("UTC"));
    private final CheckInCodes codes = new CheckInCodes(KEY, INTERVAL, clock);

    @Test
    void theCurrentCodeIsEightDigitsAndAccepted() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        CheckInCode code = codes.current(ROOM);
        assertThat(code.code()).matches("[0-9]{8}");
        assertThat(code.expiresAt()).isEqualTo(INTERVAL_START.plus(INTERVAL));
        assertThat(codes.accepts(ROOM, code.code())).isTrue();
    }

    @Test
    void theCodeChangesWithTheInterval() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        CheckInCode first = codes.current(ROOM);
        clock.advance(INTERVAL);
        CheckInCode next = codes.current(ROOM);
        assertThat(next.code()).isNotEqualTo(first.code());
        assertThat(next.expiresAt()).isEqualTo(first.expiresAt().plus(INTERVAL));
    }

    @Test
    void thePreviousIntervalsCodeIsStillAccepted() {
        clock.travelTo(INTERVAL_START.plusSeconds(25));
        String code = codes.current(ROOM).code();
        clock.advance(INTERVAL);
        assertThat(codes.accepts(ROOM, code)).isTrue();
    }

    @Test
    void aCodeTwoIntervalsOldIsRefused() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        String code = codes.current(ROOM).code();
        clock.advance(INTERVAL.multipliedBy(2));
        assertThat(codes.accepts(ROOM, code)).isFalse();
    }

    @Test
    void aCodeFromTheFutureIsRefused() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        clock.advance(INTERVAL);
        String next = codes.current(ROOM).code();
        clock.advance(INTERVAL.negated());
        assertThat(codes.accepts(ROOM, next)).isFalse();
    }

    @Test
    void aPhotographedCodeStopsWorkingWithinAMinute() {
        for (int second = 0; second < 30; second += 3) {
            clock.travelTo(INTERVAL_START.plusSeconds(second).plusMillis(1));
            String photographed = codes.current(ROOM).code();
            clock.advance(Duration.ofSeconds(59 - second));
            assertThat(codes.accepts(ROOM, photographed))
                    .as("taken at second %d, sent on to someone who types it at second 59", second)
                    .isTrue();
            clock.travelTo(INTERVAL_START.plusSeconds(second).plusMillis(1).plus(Duration.ofMinutes(1)));
            assertThat(codes.accepts(ROOM, photographed))
                    .as("taken at second %d, one minute later", second)
                    .isFalse();
        }
    }

    @Test
    void anotherScopesCodeIsRefused() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        String room = codes.current(ROOM).code();
        assertThat(codes.accepts(CheckInCodes.readingRoomScope("st-2"), room)).isFalse();
        assertThat(codes.accepts(CheckInCodes.activityScope("st-1"), room)).isFalse();
        assertThat(codes.current(CheckInCodes.activityScope("st-1")).code()).isNotEqualTo(room);
    }

    @Test
    void anotherMasterKeyGivesOtherCodesAndTheSameKeyTheSame() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        String code = codes.current(ROOM).code();
        CheckInCodes sameKey = new CheckInCodes(KEY.clone(), INTERVAL, clock);
        CheckInCodes otherKey =
                new CheckInCodes("another master key, also long".getBytes(StandardCharsets.US_ASCII), INTERVAL, clock);
        assertThat(sameKey.current(ROOM).code()).isEqualTo(code);
        assertThat(otherKey.accepts(ROOM, code)).isFalse();
    }

    @Test
    void spacesAndDashesATypistAddsAreIgnored() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        String code = codes.current(ROOM).code();
        String typed = code.substring(0, 4) + " - " + code.substring(4);
        assertThat(codes.accepts(ROOM, typed)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "abcdefgh",
                "1234567",
                "123456789",
                "１２３４５６７８", // full-width digits
                "١٢٣٤٥٦٧٨", // Arabic-Indic digits
                "12345678; DROP TABLE users",
                "0000000000000000000000000000000000000000000000000"
            })
    void garbageIsRefused(String garbage) {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        assertThat(codes.accepts(ROOM, garbage)).isFalse();
    }

    @Test
    void garbageIsRefusedEvenWhenItHoldsTheCode() {
        clock.travelTo(INTERVAL_START.plusSeconds(5));
        String code = codes.current(ROOM).code();
        assertThat(codes.accepts(ROOM, code + "0")).isFalse();
        assertThat(codes.accepts(ROOM, "x" + code)).isFalse();
        assertThat(codes.accepts(ROOM, code.substring(1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "station:st-1", "activity:", "reading-room:a b", "reading-room:a:b"})
    void anUnknownScopeIsAProgrammingError(String scope) {
        assertThatThrownBy(() -> codes.current(scope)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes.accepts(scope, "12345678")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIntervalUnderASecondIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CheckInCodes(KEY, Duration.ofMillis(999), clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pointsbank.check-in.interval");
    }
}
