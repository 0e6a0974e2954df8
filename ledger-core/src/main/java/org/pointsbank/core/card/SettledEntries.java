package org.pointsbank.core.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entries of a card's settled months ({@link org.pointsbank.core.card.api.MonthsSettled}), kept per business
 * day as ids and the figures of a record of service ({@link SettledDay}): enough to refuse a reused entry id and
 * a reversal with the same answer as when the whole entry was kept, at a fraction of its size. The index from
 * entry id to day is derived from the days on first use and never part of a snapshot.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class SettledEntries {

    /** A settled entry: its id string, its slot in its day's list, and its node in the index by id. */
    static final long BYTES_PER_ENTRY = 140;

    /** A settled day: its key, its node, its figures and the lists of the kinds it has. */
    static final long BYTES_PER_DAY = 200;

    private TreeSet<String> months = new TreeSet<>();
    private TreeMap<LocalDate, SettledDay> days = new TreeMap<>();

    @JsonIgnore
    private transient Map<String, LocalDate> dayOf;

    boolean covers(LocalDate day) {
        return months.contains(YearMonth.from(day).toString());
    }

    boolean isSettled(YearMonth month) {
        return months.contains(month.toString());
    }

    void settle(YearMonth month) {
        months.add(month.toString());
    }

    void add(String entryId, RecordedEntry entry) {
        days.computeIfAbsent(entry.occurredOn(), day -> new SettledDay()).add(entryId, entry);
        if (dayOf != null) {
            dayOf.put(entryId, entry.occurredOn());
        }
    }

    boolean contains(String entryId) {
        return index().containsKey(entryId);
    }

    /** The day of a settled entry, if {@code entryId} is one. */
    Optional<LocalDate> dayOf(String entryId) {
        return Optional.ofNullable(index().get(entryId));
    }

    /** What kind of settled entry {@code entryId} is, if it is one. */
    Optional<SettledDay.Kind> kindOf(String entryId) {
        return dayOf(entryId).flatMap(day -> days.get(day).kindOf(entryId));
    }

    /** The settled days from {@code from} to {@code to}, both included. */
    Map<LocalDate, SettledDay> between(LocalDate from, LocalDate to) {
        return days.subMap(from, true, to, true);
    }

    long estimatedBytes() {
        long ids = 0;
        for (SettledDay day : days.values()) {
            ids += day.size();
        }
        return ids * BYTES_PER_ENTRY + days.size() * BYTES_PER_DAY;
    }

    Optional<LocalDate> firstDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.firstKey());
    }

    private Map<String, LocalDate> index() {
        if (dayOf == null) {
            Map<String, LocalDate> index = new HashMap<>();
            days.forEach((day, settled) -> settled.entryIds().forEach(id -> index.put(id, day)));
            dayOf = index;
        }
        return dayOf;
    }
}
