package org.pointsbank.api.activity;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.pointsbank.api.http.CommandMetadata;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.Attendee;
import org.springframework.stereotype.Component;

/**
 * The close process: for every {@code ActivityClosed} in the log, the credits of the attendees that have no
 * outcome yet. The close request normally carries them all out itself; this finishes what a crash, a restart or a
 * failed chunk left. It is a tracking processor whose position is stored with what it did, in one transaction, and
 * a failure is retried, never skipped ({@link ActivityCloseProcessConfig}), so a decided close is always finished.
 * It first waits while a request of this node is still closing the same activity, so that the two never credit
 * the same cards at once.
 */
@Component
@ProcessingGroup(ActivityCloseProcess.NAME)
public class ActivityCloseProcess {

    public static final String NAME = "activity_close_process";

    private final ActivityCredits credits;
    private final CloseProgressReader progress;
    private final ClosingHere closingHere;
    private final ActivityProperties properties;

    public ActivityCloseProcess(
            ActivityCredits credits,
            CloseProgressReader progress,
            ClosingHere closingHere,
            ActivityProperties properties) {
        this.credits = credits;
        this.progress = progress;
        this.closingHere = closingHere;
        this.properties = properties;
    }

    @EventHandler
    void on(ActivityClosed event, MetaData metaData) throws InterruptedException {
        if (event.attendees().isEmpty()) {
            return;
        }
        closingHere.awaitNone(event.activityId(), properties.closeWait().multipliedBy(10));
        List<Attendee> pending = progress.read(event.activityId()).pending();
        if (!pending.isEmpty()) {
            credits.carryOut(event, pending, metaData.subset(CommandMetadata.KEYS.toArray(String[]::new)));
        }
    }
}
