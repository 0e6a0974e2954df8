package org.pointsbank.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.cluster.NodeId;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The nightly checks are scheduled on their cron in the service's zone, or not at all when disabled. */
class NightlyChecksScheduleTest {

    private static final NightlyChecks CHECKS =
            new NightlyChecks(null, null, null, null, Clock.systemUTC(), new NodeId("test"));

    private static ScheduledTaskRegistrar scheduled(Map<String, String> settings) {
        PointsBankProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("pointsbank", PointsBankProperties.class);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new NightlyChecksSchedule(CHECKS, properties).configureTasks(registrar);
        return registrar;
    }

    @Test
    void byDefaultTheyRunAtThreeInTheMorningOfTheServicesZone() {
        ScheduledTaskRegistrar registrar = scheduled(Map.of());

        assertThat(registrar.getCronTaskList()).hasSize(1);
        CronTask task = registrar.getCronTaskList().get(0);
        assertThat(task.getExpression()).isEqualTo("0 0 3 * * *");
        Instant noonUtc = Instant.parse("2026-12-01T12:00:00Z");
        // 03:00 in Asia/Shanghai (UTC+8) is 19:00 UTC
        assertThat(task.getTrigger().nextExecution(new SimpleTriggerContext(Clock.fixed(noonUtc, ZoneOffset.UTC))))
                .isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
    }

    @Test
    void theirCronAndZoneAreSettings() {
        ScheduledTaskRegistrar registrar =
                scheduled(Map.of("pointsbank.nightly-checks.cron", "0 30 1 * * *", "pointsbank.zone", "Europe/Berlin"));

        CronTask task = registrar.getCronTaskList().get(0);
        assertThat(task.getExpression()).isEqualTo("0 30 1 * * *");
        Instant noonUtc = Instant.parse("2026-12-01T12:00:00Z");
        assertThat(task.getTrigger().nextExecution(new SimpleTriggerContext(Clock.fixed(noonUtc, ZoneOffset.UTC))))
                .isEqualTo(Instant.parse("2026-12-02T00:30:00Z")); // 01:30 in Berlin (UTC+1)
    }

    @Test
    void disabledTheyAreNotScheduled() {
        assertThat(scheduled(Map.of("pointsbank.nightly-checks.enabled", "false"))
                        .getCronTaskList())
                .isEmpty();
    }

    @Test
    void aFiringKnowsTheSlotItWasScheduledFor() {
        CronTask task = scheduled(Map.of()).getCronTaskList().get(0);
        CronSlots slots = (CronSlots) task.getTrigger();
        Instant noonUtc = Instant.parse("2026-12-01T12:00:00Z");

        slots.nextExecution(new SimpleTriggerContext(Clock.fixed(noonUtc, ZoneOffset.UTC)));

        assertThat(slots.current()).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
    }
}
