package org.pointsbank.api.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Stops one account guessing check-in codes: an 8-digit code with two accepted at a time is guessed at 2 in 10⁸ a
 * try, which the per-user request rate alone would let add up to a fair chance in a day. After {@link #MAX_WRONG}
 * wrong codes in {@link #WINDOW}, the account's code checks are refused with 429 until the window ends; right
 * codes do not count. Kept in memory per instance: an attacker spreading guesses over N instances gets N times the
 * allowance, still far below a useful chance.
 */
final class WrongCodeLimit {

    static final int MAX_WRONG = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(Instant start, int wrong) {}

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    WrongCodeLimit(Clock clock) {
        this.clock = clock;
    }

    /** Refuses with 429 {@code RATE_LIMITED} when {@code who} has used up the window's wrong codes. */
    void requireAllowed(String who) {
        Window window = current(who);
        if (window != null && window.wrong() >= MAX_WRONG) {
            throw new ApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "RATE_LIMITED",
                    "too many wrong check-in codes from this account; try again in a few minutes");
        }
    }

    void recordWrong(String who) {
        Instant now = clock.instant();
        windows.compute(
                who,
                (key, window) -> window == null || expired(window, now)
                        ? new Window(now, 1)
                        : new Window(window.start(), window.wrong() + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> expired(window, now));
        }
    }

    private Window current(String who) {
        Window window = windows.get(who);
        return window == null || expired(window, clock.instant()) ? null : window;
    }

    private static boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(WINDOW));
    }
}
