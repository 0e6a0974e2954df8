package org.pointsbank.core.card;

import java.time.LocalDate;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;

/**
 * What the card remembers of each entry, to decide on reversals and to describe its service. {@code activityId}
 * names the activity a volunteer or study credit came from ({@code null} otherwise; since the card's revision 6).
 */
record RecordedEntry(
        EntryType type,
        String stationId,
        LocalDate occurredOn,
        int minutes,
        long points,
        String policyVersion,
        boolean reversed,
        String activityId) {

    /** An entry that came from no activity. */
    RecordedEntry(
            EntryType type,
            String stationId,
            LocalDate occurredOn,
            int minutes,
            long points,
            String policyVersion,
            boolean reversed) {
        this(type, stationId, occurredOn, minutes, points, policyVersion, reversed, null);
    }

    static RecordedEntry of(VolunteerHoursCredited e) {
        return new RecordedEntry(
                EntryType.VOLUNTEER_HOURS,
                e.stationId(),
                e.occurredOn(),
                e.minutes(),
                e.points(),
                e.policyVersion(),
                false,
                e.activityId());
    }

    static RecordedEntry of(StudySessionCredited e) {
        return new RecordedEntry(
                EntryType.STUDY_SESSION,
                e.stationId(),
                e.occurredOn(),
                e.minutes(),
                e.points(),
                e.policyVersion(),
                false,
                e.activityId());
    }

    boolean isReversal() {
        return type == EntryType.REVERSAL;
    }

    RecordedEntry markReversed() {
        return new RecordedEntry(type, stationId, occurredOn, minutes, points, policyVersion, true, activityId);
    }
}
