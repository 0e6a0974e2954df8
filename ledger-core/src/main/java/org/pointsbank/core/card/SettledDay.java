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
    private List<String> activities = new ArrayList<>();
    /** Standing volunteer and study entries: counted by a record of service. */
    private List<String> volunteer = new ArrayList<>();

    private List<String> study = new ArrayList<>();
    /** Standing entries of other kinds (bonuses, problem reports). */
    private List<String> standing = new ArrayList<>();

    private List<String> reversed = new ArrayList<>();
    private List<String> reversals = new ArrayList<>();
    private List<String> redemptions = new ArrayList<>();

    void add(String entryId, RecordedEntry entry) {
        if (entry.reversed()) {
            insert(reversed, entryId);
            return;
        }
        switch (entry.type()) {
            case VOLUNTEER_HOURS -> {
                insert(volunteer, entryId);
                volunteerMinutes += entry.minutes();
                addActivity(entry.activityId());
            }
            case STUDY_SESSION -> {
                insert(study, entryId);
                studyMinutes += entry.minutes();
                addActivity(entry.activityId());
            }
            case REVERSAL -> insert(reversals, entryId);
            case GIFT_REDEMPTION -> insert(redemptions, entryId);
            case COMMENDATION_BONUS, PROBLEM_REPORT -> insert(standing, entryId);
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
        List<String> all = new ArrayList<>(volunteer);
        all.addAll(study);
        all.addAll(standing);
        all.addAll(reversed);
        all.addAll(reversals);
        all.addAll(redemptions);
        return all;
    }

    int volunteerMinutes() {
        return volunteerMinutes;
    }

    int studyMinutes() {
        return studyMinutes;
    }

    boolean countsVolunteerEntries() {
        return !volunteer.isEmpty();
    }

    /** The ids a record of service counts: standing volunteer and study entries. */
    List<String> countedEntryIds() {
        List<String> counted = new ArrayList<>(volunteer);
        counted.addAll(study);
        return counted;
    }

    List<String> activities() {
        return activities;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SettledDay that
                && volunteerMinutes == that.volunteerMinutes
                && studyMinutes == that.studyMinutes
                && activities.equals(that.activities)
                && volunteer.equals(that.volunteer)
                && study.equals(that.study)
                && standing.equals(that.standing)
                && reversed.equals(that.reversed)
                && reversals.equals(that.reversals)
                && redemptions.equals(that.redemptions);
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
            insert(activities, activityId);
        }
    }

    /**
     * Each list is kept sorted and without repeats, so the day is the same whatever order its entries were settled
     * in (a snapshot does not keep the order of the card's map of entries).
     */
    private static void insert(List<String> sorted, String id) {
        int at = Collections.binarySearch(sorted, id);
        if (at < 0) {
            sorted.add(-at - 1, id);
        }
    }

    private static boolean holds(List<String> sorted, String id) {
        return Collections.binarySearch(sorted, id) >= 0;
    }
}
