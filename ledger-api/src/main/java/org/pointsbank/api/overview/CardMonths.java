package org.pointsbank.api.overview;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.statement.StatementFigures;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A card's months ({@link CardMonthsResponse}), read once from the statement by the ranking's rule. The API and the
 * volunteer's chart both call {@link #of}.
 */
@Service
public class CardMonths {

    /** The longest span asked for at once, in months (three years). */
    static final int MAX_MONTHS = 36;

    /** Without {@code from}: the twelve months up to {@code to}. */
    static final int DEFAULT_MONTHS = 12;

    private final StatementFigures figures;
    private final CardBalanceRepository balances;
    private final Clock clock;

    public CardMonths(StatementFigures figures, CardBalanceRepository balances, Clock clock) {
        this.figures = figures;
        this.balances = balances;
        this.clock = clock;
    }

    /** {@code to} defaults to this month, {@code from} to eleven months before {@code to}. */
    public CardMonthsResponse of(String cardId, YearMonth from, YearMonth to) {
        balances.find(cardId).orElseThrow(() -> ApiException.cardNotFound(cardId));
        YearMonth last = to != null ? to : YearMonth.now(clock);
        YearMonth first = from != null ? from : last.minusMonths(DEFAULT_MONTHS - 1);
        if (first.isAfter(last)) {
            throw invalid("from must not be after to; got " + first + " and " + last, "from");
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw invalid("at most " + MAX_MONTHS + " months at once; got " + first + " to " + last, "from");
        }
        Map<String, StatementFigures.Figures> byMonth = figures.monthsOf(cardId, first, last).stream()
                .collect(Collectors.toMap(StatementFigures.Figures::span, Function.identity()));
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            StatementFigures.Figures f = byMonth.get(month.toString());
            months.add(
                    f == null
                            ? new MonthFigures(month.toString(), 0, 0, 0, 0, 0)
                            : new MonthFigures(
                                    month.toString(),
                                    f.volunteerMinutes(),
                                    f.studyMinutes(),
                                    f.volunteerPoints(),
                                    f.studyPoints(),
                                    f.governancePoints()));
        }
        return new CardMonthsResponse(cardId, first.toString(), last.toString(), months);
    }

    private static ApiException invalid(String detail, String field) {
        return new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PERIOD", detail, field);
    }
}
