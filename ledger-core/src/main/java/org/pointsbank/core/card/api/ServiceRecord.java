package org.pointsbank.core.card.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A card's service between {@code from} and {@code to} (both included, the defaults resolved): the minutes of its
 * non-reversed volunteer entries, in total and by calendar year, the minutes of its non-reversed study sessions,
 * the activities those entries came from, and the ids of every entry counted (what a reversal later invalidates).
 */
public record ServiceRecord(
        String cardId,
        LocalDate from,
        LocalDate to,
        Map<Integer, Integer> volunteerMinutesByYear,
        int volunteerMinutes,
        int studyMinutes,
        List<String> activityIds,
        List<String> countedEntryIds) {

    public ServiceRecord {
        volunteerMinutesByYear = Map.copyOf(volunteerMinutesByYear);
        activityIds = List.copyOf(activityIds);
        countedEntryIds = List.copyOf(countedEntryIds);
    }
}
