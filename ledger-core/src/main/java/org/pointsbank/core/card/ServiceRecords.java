package org.pointsbank.core.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * What a card's entries add up to as a record of service (for a certificate): the non-reversed volunteer and study
 * entries dated in the period. The period defaults to the card's first entry up to today; it may not end in the
 * future nor span more than {@link #MAX_YEARS} years, and it may count at most {@link #MAX_COUNTED_ENTRIES}
 * entries, which keeps a certificate's event bounded. Settled days ({@link SettledEntries}) count with their kept
 * figures, exactly as their entries did.
 */
final class ServiceRecords {

    static final int MAX_YEARS = 10;
    static final int MAX_COUNTED_ENTRIES = 20_000;

    private ServiceRecords() {}

    static ServiceRecord describe(
            String cardId,
            Map<String, RecordedEntry> entries,
            SettledEntries settled,
            DescribeServiceRecord command,
            LedgerCalendar calendar) {
        LocalDate today = calendar.today();
        LocalDate to = command.to() == null ? today : command.to();
        LocalDate from = command.from() != null
                ? command.from()
                : firstDay(entries, settled).orElse(to);
        if (to.isAfter(today)) {
            throw new InvalidCertificatePeriod("to", "to must not be after today (" + today + "), was " + to);
        }
        if (from.isAfter(to)) {
            throw new InvalidCertificatePeriod("from", "from " + from + " is after to " + to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidCertificatePeriod(
                    "from", "a certificate covers at most " + MAX_YEARS + " years: " + from + " to " + to);
        }
        Map<Integer, Integer> byYear = new TreeMap<>();
        int volunteer = 0;
        int study = 0;
        TreeSet<String> activities = new TreeSet<>();
        List<Map.Entry<LocalDate, String>> counted = new ArrayList<>();
        for (Map.Entry<LocalDate, SettledDay> each : settled.between(from, to).entrySet()) {
            SettledDay day = each.getValue();
            day.countedEntryIds().forEach(id -> counted.add(Map.entry(each.getKey(), id)));
            volunteer += day.volunteerMinutes();
            study += day.studyMinutes();
            if (day.countsVolunteerEntries()) {
                byYear.merge(each.getKey().getYear(), day.volunteerMinutes(), Integer::sum);
            }
            activities.addAll(day.activities());
        }
        for (Map.Entry<String, RecordedEntry> each : entries.entrySet()) {
            RecordedEntry entry = each.getValue();
            if (!counts(entry, from, to)) {
                continue;
            }
            counted.add(Map.entry(entry.occurredOn(), each.getKey()));
            if (entry.type() == EntryType.VOLUNTEER_HOURS) {
                volunteer += entry.minutes();
                byYear.merge(entry.occurredOn().getYear(), entry.minutes(), Integer::sum);
            } else {
                study += entry.minutes();
            }
            if (entry.activityId() != null) {
                activities.add(entry.activityId());
            }
        }
        if (counted.size() > MAX_COUNTED_ENTRIES) {
            throw new InvalidCertificatePeriod(
                    "from",
                    "the period counts " + counted.size() + " entries, more than " + MAX_COUNTED_ENTRIES
                            + ": ask for a shorter one");
        }
        List<String> entryIds = counted.stream()
                .sorted(Map.Entry.<LocalDate, String>comparingByKey().thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getValue)
                .toList();
        return new ServiceRecord(cardId, from, to, byYear, volunteer, study, List.copyOf(activities), entryIds);
    }

    private static boolean counts(RecordedEntry entry, LocalDate from, LocalDate to) {
        return (entry.type() == EntryType.VOLUNTEER_HOURS || entry.type() == EntryType.STUDY_SESSION)
                && !entry.reversed()
                && !entry.occurredOn().isBefore(from)
                && !entry.occurredOn().isAfter(to);
    }

    private static Optional<LocalDate> firstDay(Map<String, RecordedEntry> entries, SettledEntries settled) {
        return Stream.concat(entries.values().stream().map(RecordedEntry::occurredOn), settled.firstDay().stream())
                .min(Comparator.naturalOrder());
    }
}
