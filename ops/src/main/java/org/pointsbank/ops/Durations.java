package org.pointsbank.ops;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations the way operators write and read them: {@code 500ms}, {@code 44s}, {@code 3m 05s}, {@code 1h 02m}. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    private Durations() {}

    /** {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h30m}, or ISO-8601 {@code PT1H}. */
    public static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher part = PART.matcher(value);
        Duration total = Duration.ZERO;
        int at = 0;
        while (at < value.length() && part.find(at) && part.start() == at) {
            total = total.plus(Long.parseLong(part.group(1)), unit(part.group(2)));
            at = part.end();
        }
        if (value.isEmpty() || at != value.length()) {
            throw invalid(text);
        }
        return total;
    }

    /** Whole seconds as {@code 44s}; under ten seconds with a fraction as {@code 2.4s}; then minutes, hours. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 10 && duration.getNano() != 0) {
            return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
        }
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    private static ChronoUnit unit(String symbol) {
        return switch (symbol) {
            case "ms" -> ChronoUnit.MILLIS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.HOURS;
        };
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration (examples: 500ms, 30s, 5m, 1h, 1h30m)");
    }
}
