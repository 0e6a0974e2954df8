package org.pointsbank.ops.bench;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pointsbank.ops.DurationConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by {@code seed}, {@code run} and {@code lag}: which cards, how skewed, which business day. */
final class WorkloadOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--cards-file",
            defaultValue = "bench-cards.csv",
            description = "The cards (and the minutes credited per card and day) that seed writes and run reads. "
                    + "Default: ${DEFAULT-VALUE}")
    Path cardsFile;

    @Option(
            names = "--skew",
            defaultValue = "1.0",
            description =
                    "Zipf exponent of the card picks: 0 uniform, 1 card #1 twice as hot as #2. Default: ${DEFAULT-VALUE}")
    double skew;

    @Option(
            names = "--zone",
            defaultValue = "${env:POINTSBANK_ZONE:-Asia/Shanghai}",
            description =
                    "The service's business zone (POINTSBANK_ZONE), where today is. " + "Default: ${DEFAULT-VALUE}")
    String zone;

    @Option(
            names = "--backdating-days",
            defaultValue = "60",
            description = "The service's pointsbank.max-backdating-days: credits go to [today-N, today]. "
                    + "Default: ${DEFAULT-VALUE}")
    int backdatingDays;

    @Option(
            names = "--request-timeout",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Timeout of one HTTP request (and of connecting). Default: ${DEFAULT-VALUE}")
    Duration requestTimeout;

    /** A cap tracker for the cards file's cards over today's window, with the minutes it records counted. */
    DailyCaps caps(CardsFile cards) {
        return cards.caps(today(), backdatingDays);
    }

    LocalDate today() {
        try {
            return LocalDate.now(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: " + e.getMessage());
        }
    }

    void validate() {
        if (skew < 0 || !Double.isFinite(skew)) {
            throw new ParameterException(spec.commandLine(), "--skew must be 0 or more");
        }
        if (backdatingDays < 0) {
            throw new ParameterException(spec.commandLine(), "--backdating-days must not be negative");
        }
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--request-timeout must be positive");
        }
    }
}
