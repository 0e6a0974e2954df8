package org.pointsbank.api.config;

import java.time.YearMonth;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.projections.period.PeriodRepository;

/**
 * The cards' {@link PeriodGate}: asks the {@code period} table, which the subscribing period projection writes in
 * the closing transaction, through {@code period_is_closed} (migration V7). That function takes the month's lock
 * shared, held until the card's transaction commits, and closing takes it exclusively: a credit to a month and
 * its close are never both accepted.
 */
final class PeriodReadModelGate implements PeriodGate {

    private final PeriodRepository periods;

    PeriodReadModelGate(PeriodRepository periods) {
        this.periods = periods;
    }

    @Override
    public boolean isClosed(YearMonth month) {
        return periods.isClosed(month.toString());
    }
}
