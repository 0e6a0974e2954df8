package org.pointsbank.api.period;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpStatus;

/** Months as the API writes them: {@code 2026-11}. */
public final class Periods {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    private Periods() {}

    public static YearMonth parse(String value, String field) {
        if (value != null && FORMAT.matcher(value).matches()) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeException e) {
                // a month 13: refused below like any other malformed value
            }
        }
        throw new ApiException(
                HttpStatus.BAD_REQUEST,
                "INVALID_PERIOD",
                "period must be a month written yyyy-MM, e.g. 2026-11; got " + value,
                field);
    }
}
