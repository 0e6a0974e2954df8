package org.pointsbank.api.check;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The nightly checks' outcome and age, per check, on every instance whichever ran them: read from {@code check_run}
 * when scraped ({@link LatestChecks}). A check that never ran reports NaN; one that ran but never passed reports 0
 * as its last success, so its age is as large as it gets.
 */
@Component
class CheckMetrics implements MeterBinder {

    private final LatestChecks latest;

    CheckMetrics(LatestChecks latest) {
        this.latest = latest;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (CheckName check : CheckName.values()) {
            gauge(
                    registry,
                    "pointsbank.check.last.run.seconds",
                    check,
                    "epoch seconds at which the check's last run ended, whatever its outcome",
                    s -> s.lastRun() == null
                            ? Double.NaN
                            : s.lastRun().finishedAt().getEpochSecond());
            gauge(
                    registry,
                    "pointsbank.check.last.success.seconds",
                    check,
                    "epoch seconds at which the check's last passing run ended (0: it never passed)",
                    s -> s.lastRun() == null
                            ? Double.NaN
                            : s.lastPassed() == null
                                    ? 0
                                    : s.lastPassed().finishedAt().getEpochSecond());
            gauge(
                    registry,
                    "pointsbank.check.ok",
                    check,
                    "1 when the check's last run passed, 0 when it failed or could not finish",
                    s -> s.lastRun() == null ? Double.NaN : s.lastRun().outcome() == CheckOutcome.PASSED ? 1 : 0);
            gauge(
                    registry,
                    "pointsbank.check.findings",
                    check,
                    "what the check's last run found: chain mismatches or reconciliation differences",
                    s -> s.lastRun() == null ? Double.NaN : s.lastRun().found());
        }
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            CheckName check,
            String description,
            ToDoubleFunction<LatestChecks.Latest> value) {
        Gauge.builder(name, () -> value.applyAsDouble(latest.of(check)))
                .description(description)
                .tag("check", check.tag())
                .register(registry);
    }
}
