package org.pointsbank.ops.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a backdated {@code bench deep} fill is dated on: the previous {@code months} calendar months before
 * today's, as far as the service's backdating limit reaches. The service accepts {@code occurredOn} from {@code
 * today - maxBackdatingDays}; the fill starts one day later, so a business day turning over during the fill
 * leaves every date still accepted. Pairs are spread over the days in date order, the same number (give or take
 * one) on each.
 */
record DeepMonths(List<LocalDate> days, List<YearMonth> months) {

    DeepMonths {
        days = List.copyOf(days);
        months = List.copyOf(months);
    }

    /**
     * The days from the first of {@code today}'s month minus {@code months} (or from {@code today -
     * maxBackdatingDays + 1}, whichever is later) to the last day of the previous month.
     *
     * @throws IllegalArgumentException when no day of those months is within reach
     */
    static DeepMonths before(LocalDate today, int months, int maxBackdatingDays) {
        if (months < 1 || maxBackdatingDays < 1) {
            throw new IllegalArgumentException("months and the backdating limit must be at least 1");
        }
        YearMonth current = YearMonth.from(today);
        LocalDate earliestAccepted = today.minusDays(maxBackdatingDays - 1L);
        LocalDate first = current.minusMonths(months).atDay(1);
        LocalDate from = first.isBefore(earliestAccepted) ? earliestAccepted : first;
        LocalDate to = current.atDay(1).minusDays(1);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("no day of the previous " + months + " month(s) is within "
                    + maxBackdatingDays + " days of " + today);
        }
        List<LocalDate> days = new ArrayList<>();
        List<YearMonth> reached = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
            YearMonth month = YearMonth.from(day);
            if (!reached.contains(month)) {
                reached.add(month);
            }
        }
        return new DeepMonths(days, reached);
    }

    /** The date of pair {@code pair} (0-based) of {@code pairs}: consecutive pairs share a day, days in order. */
    LocalDate dayOf(long pair, long pairs) {
        if (pairs <= 0) {
            return days.get(0);
        }
        long index = Math.min(pair, pairs - 1) * days.size() / pairs;
        return days.get((int) Math.max(0, index));
    }
}
