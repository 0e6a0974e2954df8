package org.pointsbank.core.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Whether a month is closed, asked by a card before it records or reverses an entry dated in it. The
 * answer must hold until the card's transaction commits: the implementation holds a lock that closing the
 * month waits for, so a credit and the close of its month are never both accepted.
 */
@FunctionalInterface
public interface PeriodGate {

    /** No month is ever closed: for tests of rules that have nothing to do with periods. */
    PeriodGate NONE_CLOSED = month -> false;

    boolean isClosed(YearMonth month);

    default void requireOpen(LocalDate occurredOn) {
        if (isClosed(YearMonth.from(occurredOn))) {
            throw new PeriodClosed(occurredOn);
        }
    }
}
