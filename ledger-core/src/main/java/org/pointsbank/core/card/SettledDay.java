package org.pointsbank.core.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a card keeps of one business day of a settled month: the ids of its entries by what a rule can still ask of
 * them, and the figures its record of service counts (non-reversed volunteer and study minutes and their
 * activities). A settled entry can no longer be reversed, so its points, station and policy are not kept.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
final class SettledDay {

    /** What a reversal of a settled entry is refused with, besides the closed period. */
    enum Kind {
        /** A credit still standing: only its closed month refuses its reversal. */
        STANDING,
        REVERSED,
        REVERSAL,
        REDEMPTION
    }

    private int volunteerMinutes;
    private int studyMinutes;
    private List<String> activities;
    /** Standing volunteer and study entries: counted by a record of service. */
    private List<String> volunteer;

    private List<String> study;
    /** Standing entries of other kinds (bonuses, problem reports). */
    private List<String> standing;

    private List<String> reversed;
    private List<String> reversals;
    private List<String> redemptions;

    void add(String entryId, RecordedEntry entry) {
        if (entry.reversed()) {
            reversed = insert(reversed, entryId);
            return;
        }
        switch (entry.type()) {
            case VOLUNTEER_HOURS -> {
                volunteer = insert(volunteer, entryId);
                volunteerMinutes += entry.minutes();
                addActivity(entry.activityId());
            }
            case STUDY_SESSION -> {
                study = insert(study, entryId);
                studyMinutes += entry.minutes();
                addActivity(entry.activityId());
            }
            case REVERSAL -> reversals = insert(reversals, entryId);
            case GIFT_REDEMPTION -> redemptions = insert(redemptions, entryId);
            case COMMENDATION_BONUS, PROBLEM_REPORT -> standing = insert(standing, entryId);
        }
    }

    Optional<Kind> kindOf(String entryId) {
        if (holds(volunteer, entryId) || holds(study, entryId) || holds(standing, entryId)) {
            return Optional.of(Kind.STANDING);
        }
        if (holds(reversed, entryId)) {
            return Optional.of(Kind.REVERSED);
        }
        if (holds(reversals, entryId)) {
            return Optional.of(Kind.REVERSAL);
        }
        return holds(redemptions, entryId) ? Optional.of(Kind.REDEMPTION) : Optional.empty();
    }

    /** Every entry id of the day, of whatever kind. */
    List<String> entryIds() {
        List<String> all = new ArrayList<>(of(volunteer));
        all.addAll(of(study));
        all.addAll(of(standing));
        all.addAll(of(reversed));
        all.addAll(of(reversals));
        all.addAll(of(redemptions));
        return all;
    }

    /** How many entry ids the day keeps. */
    int size() {
        return sizeOf(volunteer)
                + sizeOf(study)
                + sizeOf(standing)
                + sizeOf(reversed)
                + sizeOf(reversals)
                + sizeOf(redemptions);
    }

    int volunteerMinutes() {
        return volunteerMinutes;
    }

    int studyMinutes() {
        return studyMinutes;
    }

    boolean countsVolunteerEntries() {
        return sizeOf(volunteer) > 0;
    }

    /** The ids a record of service counts: standing volunteer and study entries. */
    List<String> countedEntryIds() {
        List<String> counted = new ArrayList<>(of(volunteer));
        counted.addAll(of(study));
        return counted;
    }

    List<String> activities() {
        return of(activities);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SettledDay that
                && volunteerMinutes == that.volunteerMinutes
                && studyMinutes == that.studyMinutes
                && of(activities).equals(of(that.activities))
                && of(volunteer).equals(of(that.volunteer))
                && of(study).equals(of(that.study))
                && of(standing).equals(of(that.standing))
                && of(reversed).equals(of(that.reversed))
                && of(reversals).equals(of(that.reversals))
                && of(redemptions).equals(of(that.redemptions));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                volunteerMinutes,
                studyMinutes,
                activities,
                volunteer,
                study,
                standing,
                reversed,
                reversals,
                redemptions);
    }

    private void addActivity(String activityId) {
        if (activityId != null) {
            activities = insert(activities, activityId);
        }
    }

    /**
     * Each list is kept sorted and without repeats, so the day is the same whatever order its entries were settled
     * in (a snapshot does not keep the order of the card's map of entries).
     */
    private static List<String> insert(List<String> sorted, String id) {
        List<String> list = sorted == null ? new ArrayList<>(1) : sorted;
        int at = Collections.binarySearch(list, id);
        if (at < 0) {
            list.add(-at - 1, id);
        }
        return list;
    }

    private static boolean holds(List<String> sorted, String id) {
        return sorted != null && Collections.binarySearch(sorted, id) >= 0;
    }

    /** A list the day has no entry for is absent (null), to keep a day with one kind of entry small. */
    private static List<String> of(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static int sizeOf(List<String> list) {
        return list == null ? 0 : list.size();
    }
}
