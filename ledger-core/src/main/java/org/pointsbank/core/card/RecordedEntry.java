package org.pointsbank.core.card;

import java.time.LocalDate;
import org.pointsbank.core.shared.EntryType;

/** What the card remembers of each entry, to decide on reversals. */
record RecordedEntry(
        EntryType type,
        String stationId,
        LocalDate occurredOn,
        int minutes,
        long points,
        String policyVersion,
        boolean reversed) {

    boolean isReversal() {
        return type == EntryType.REVERSAL;
    }

    RecordedEntry markReversed() {
        return new RecordedEntry(type, stationId, occurredOn, minutes, points, policyVersion, true);
    }
}
