package org.pointsbank.core.activity.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The entry id of an attendee's credit, derived from the activity and the card alone: every attempt to credit the
 * same attendee (a close repeated after a crash, a retried step) names the same entry, and the card refuses the
 * second one as {@code DUPLICATE_ENTRY_ID}. A name-based UUID (version 3, the JDK's) of
 * {@code activity:<activityId>:<cardId>}.
 */
public final class ActivityEntryIds {

    private ActivityEntryIds() {}

    public static String entryIdFor(String activityId, String cardId) {
        String name = "activity:" + activityId + ":" + cardId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
