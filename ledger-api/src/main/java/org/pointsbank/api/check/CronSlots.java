package org.pointsbank.api.check;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronTrigger;

/**
 * A cron trigger that remembers the time it last scheduled: the slot a firing belongs to. Spring asks the trigger for
 * the next time before it schedules a run and again only after that run ended, so during a run {@link #current()} is
 * the scheduled time of that run (03:00:00 sharp, not the instant the task happened to start), the same on every
 * instance on the same cron.
 */
final class CronSlots extends CronTrigger {

    private final AtomicReference<Instant> scheduled = new AtomicReference<>();

    CronSlots(String expression, ZoneId zone) {
        super(expression, zone);
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        Instant next = super.nextExecution(context);
        scheduled.set(next);
        return next;
    }

    /** The scheduled time of the run under way (or of the next one, between runs); null before the first. */
    Instant current() {
        return scheduled.get();
    }
}
