package org.pointsbank.api.check;

import org.pointsbank.api.config.PointsBankProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules {@link NightlyChecks} on {@code pointsbank.nightly-checks.cron} in {@code pointsbank.zone}, unless
 * {@code pointsbank.nightly-checks.enabled} is false. Every instance schedules it; one runs it, once a slot: each
 * firing is run for its scheduled time ({@link CronSlots}).
 */
@Configuration(proxyBeanMethods = false)
class NightlyChecksSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyChecksSchedule.class);

    private final NightlyChecks checks;
    private final PointsBankProperties properties;

    NightlyChecksSchedule(NightlyChecks checks, PointsBankProperties properties) {
        this.checks = checks;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        PointsBankProperties.NightlyChecks settings = properties.nightlyChecks();
        if (!settings.enabled()) {
            LOG.warn("nightly checks are disabled (pointsbank.nightly-checks.enabled=false)");
            return;
        }
        CronSlots slots = new CronSlots(settings.cron(), properties.zone());
        registrar.addCronTask(new CronTask(() -> checks.run(slots.current()), slots));
    }
}
