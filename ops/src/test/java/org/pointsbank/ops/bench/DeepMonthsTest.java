package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeepMonthsTest {

    private static final LocalDate DECEMBER_2ND = LocalDate.of(2026, 12, 2);

    @Test
    void twoMonthsBackStopOneDayShortOfTheBackdatingLimit() {
        DeepMonths months = DeepMonths.before(DECEMBER_2ND, 2, 60);

        // 60 days back is 2026-10-03; the fill starts a day later, so a day turning over keeps every date accepted
        assertThat(months.days()).first().isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(months.days()).last().isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(months.days()).hasSize(28 + 30).doesNotHaveDuplicates().isSorted();
        assertThat(months.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void oneMonthBackIsTheWholePreviousMonthEvenAcrossAYear() {
        DeepMonths months = DeepMonths.before(LocalDate.of(2027, 1, 15), 1, 60);

        assertThat(months.days()).first().isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(months.days()).last().isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(months.months()).containsExactly(YearMonth.of(2026, 12));
    }

    @Test
    void monthsBeyondTheLimitAreLeftOut() {
        DeepMonths months = DeepMonths.before(DECEMBER_2ND, 6, 60);

        assertThat(months.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void refusesWhenNoDayOfThePreviousMonthsIsWithinReach() {
        assertThatThrownBy(() -> DeepMonths.before(DECEMBER_2ND, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no day of the previous 1 month(s) is within 2 days of 2026-12-02");
        assertThatThrownBy(() -> DeepMonths.before(DECEMBER_2ND, 0, 60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spreadsPairsEvenlyInDateOrderFromTheFirstDayToTheLast() {
        DeepMonths months = DeepMonths.before(DECEMBER_2ND, 2, 60);
        long pairs = 50_000;

        List<LocalDate> dates = new ArrayList<>();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (long pair = 0; pair < pairs; pair++) {
            LocalDate day = months.dayOf(pair, pairs);
            dates.add(day);
            perDay.merge(day, 1L, Long::sum);
        }

        assertThat(dates).isSorted();
        assertThat(dates).first().isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(dates).last().isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(perDay).hasSize(58);
        assertThat(perDay.values()).allSatisfy(count -> assertThat(count).isBetween(pairs / 58, pairs / 58 + 1));
    }

    @Test
    void fewerPairsThanDaysStillDateEachWithinTheMonths() {
        DeepMonths months = DeepMonths.before(DECEMBER_2ND, 2, 60);

        assertThat(months.dayOf(0, 3)).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(months.dayOf(2, 3)).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(months.dayOf(5, 3)).isEqualTo(months.dayOf(2, 3));
    }
}
