package org.pointsbank.api.input;

import java.time.Instant;
import org.pointsbank.api.http.RefusedValue;

/**
 * The instants a request may name ({@code asOf}, {@code from}, {@code to}): years 1970 to 9999. PostgreSQL stores
 * 4713 BC to 294276 AD while Java parses up to the year 1,000,000,000; this range is well inside both, and
 * nothing of the ledger lies outside it.
 */
public final class LedgerTimeRange {

    public static final Instant MIN = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private LedgerTimeRange() {}

    public static Instant checked(Instant instant) {
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new OutOfRange(instant);
        }
        return instant;
    }

    /** Names the range; the web layer maps it to 400 naming the parameter. */
    public static final class OutOfRange extends IllegalArgumentException implements RefusedValue {
        OutOfRange(Instant instant) {
            super(instant + " is outside the range 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z");
        }

        @Override
        public String reason() {
            return getMessage();
        }
    }
}
