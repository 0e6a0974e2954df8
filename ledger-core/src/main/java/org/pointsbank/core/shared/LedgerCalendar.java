package org.pointsbank.core.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The ledger's sense of time: the instant an entry is recorded and the business day in the
 * service's zone, plus how far back a credit may be dated. Injected into command handlers so
 * tests control time and the core never reads the system clock itself.
 */
public final class LedgerCalendar {

    private final Clock clock;
    private final int maxBackdatingDays;

    /**
     * A wiring precondition, not a rule: the service builds one calendar at start-up from its validated settings
     * ({@code max-backdating-days} is at least 0 there), so no command reaches the exception.
     */
    public LedgerCalendar(Clock clock, int maxBackdatingDays) {
        if (maxBackdatingDays < 0) {
            throw new IllegalArgumentException("maxBackdatingDays must not be negative");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBackdatingDays = maxBackdatingDays;
    }

    /** Now, to the microsecond: the precision PostgreSQL keeps, so what is answered is what is stored. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int maxBackdatingDays() {
        return maxBackdatingDays;
    }

    /** True when a credit may be dated {@code day}: not in the future, not too old. */
    public boolean accepts(LocalDate day) {
        LocalDate today = today();
        return !day.isAfter(today) && !day.isBefore(today.minusDays(maxBackdatingDays));
    }
}
