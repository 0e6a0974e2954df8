package org.pointsbank.ops.bench;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The client's count of minutes per card and {@code occurredOn} day, so that generated credits stay within the
 * points policy's daily caps (720 volunteer minutes, 240 study minutes per card and day) over the backdating
 * window {@code [today - backdatingDays, today]}. A reservation spreads a card's credits round-robin over the
 * window and never takes a day past its cap, under any concurrency. Days are indexes 0 (the oldest) to
 * {@code days() - 1} (today).
 */
public final class DailyCaps {

    public static final int VOLUNTEER_CAP = 720;
    public static final int STUDY_CAP = 240;
    /** The service's default {@code pointsbank.max-backdating-days}. */
    public static final int MAX_BACKDATING_DAYS = 60;

    private final int cards;
    private final int days;
    private final LocalDate first;
    private final AtomicIntegerArray volunteer;
    private final AtomicIntegerArray study;
    private final AtomicIntegerArray cursor;

    public DailyCaps(int cards, LocalDate today, int backdatingDays) {
        if (cards < 1 || backdatingDays < 0) {
            throw new IllegalArgumentException("cards must be positive and backdating days not negative");
        }
        this.cards = cards;
        this.days = backdatingDays + 1;
        this.first = today.minusDays(backdatingDays);
        this.volunteer = new AtomicIntegerArray(cards * days);
        this.study = new AtomicIntegerArray(cards * days);
        this.cursor = new AtomicIntegerArray(cards);
    }

    public int cards() {
        return cards;
    }

    public int days() {
        return days;
    }

    public LocalDate date(int day) {
        return first.plusDays(day);
    }

    /** A day on which the card can take {@code minutes} more volunteer minutes, now counted; empty if none. */
    public OptionalInt reserveVolunteer(int card, int minutes) {
        return reserve(volunteer, VOLUNTEER_CAP, card, minutes);
    }

    /** As {@link #reserveVolunteer} for study minutes (a separate cap). */
    public OptionalInt reserveStudy(int card, int minutes) {
        return reserve(study, STUDY_CAP, card, minutes);
    }

    /**
     * Counts {@code minutes} more volunteer minutes of the card on {@code day} if they fit under the cap, under any
     * concurrency; false (and nothing counted) if they do not.
     */
    public boolean reserveVolunteerOn(int card, int day, int minutes) {
        int i = index(card, day);
        int before;
        while ((before = volunteer.get(i)) + minutes <= VOLUNTEER_CAP) {
            if (volunteer.compareAndSet(i, before, before + minutes)) {
                return true;
            }
        }
        return false;
    }

    /** The service said the day is full (credits the client did not see, e.g. from an earlier run). */
    public void markVolunteerFull(int card, int day) {
        volunteer.accumulateAndGet(index(card, day), VOLUNTEER_CAP, Math::max);
    }

    public void markStudyFull(int card, int day) {
        study.accumulateAndGet(index(card, day), STUDY_CAP, Math::max);
    }

    /** Counts minutes recorded before (read from the cards file); days outside the window are ignored. */
    public void addVolunteerMinutes(int card, LocalDate date, int minutes) {
        long day = date.toEpochDay() - first.toEpochDay();
        if (day >= 0 && day < days) {
            volunteer.accumulateAndGet(
                    index(card, (int) day), minutes, (used, more) -> Math.min(VOLUNTEER_CAP, used + more));
        }
    }

    public int volunteerMinutes(int card, int day) {
        return volunteer.get(index(card, day));
    }

    public int studyMinutes(int card, int day) {
        return study.get(index(card, day));
    }

    /** The card's volunteer minutes by date, days with none left out. */
    public SortedMap<LocalDate, Integer> volunteerByDate(int card) {
        SortedMap<LocalDate, Integer> used = new TreeMap<>();
        for (int day = 0; day < days; day++) {
            int minutes = volunteerMinutes(card, day);
            if (minutes > 0) {
                used.put(date(day), minutes);
            }
        }
        return used;
    }

    private OptionalInt reserve(AtomicIntegerArray used, int cap, int card, int minutes) {
        if (minutes < 1 || minutes > cap) {
            throw new IllegalArgumentException("minutes must be between 1 and " + cap + ", not " + minutes);
        }
        int start = Math.floorMod(cursor.getAndIncrement(card), days);
        for (int k = 0; k < days; k++) {
            int day = (start + k) % days;
            int i = index(card, day);
            int before;
            while ((before = used.get(i)) + minutes <= cap) {
                if (used.compareAndSet(i, before, before + minutes)) {
                    return OptionalInt.of(day);
                }
            }
        }
        return OptionalInt.empty();
    }

    private int index(int card, int day) {
        if (card < 0 || card >= cards || day < 0 || day >= days) {
            throw new IndexOutOfBoundsException("card " + card + ", day " + day);
        }
        return card * days + day;
    }
}
