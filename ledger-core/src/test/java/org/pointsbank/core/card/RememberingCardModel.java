package org.pointsbank.core.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.period.PeriodClosed;
import org.pointsbank.core.policy.CreditTerms;
import org.pointsbank.core.policy.PointsPolicy;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A card that remembers every entry it ever recorded, whole, and applies the card's rules to them by hand: the
 * reference the settling card must agree with, answer for answer. Refusals are the card's own exception types, so
 * codes and messages can be compared.
 */
final class RememberingCardModel {

    record Entry(EntryType type, LocalDate day, int minutes, long points, String activityId, boolean reversed) {}

    private final String cardId;
    private final LedgerCalendar calendar;
    private final PointsPolicy policy;
    private final Set<YearMonth> closed;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long balance;

    RememberingCardModel(String cardId, LedgerCalendar calendar, PointsPolicy policy, Set<YearMonth> closed) {
        this.cardId = cardId;
        this.calendar = calendar;
        this.policy = policy;
        this.closed = closed;
    }

    EntryRecorded credit(EntryType type, String entryId, int minutes, LocalDate day, String activityId) {
        CreditTerms terms = policy.termsFor(type);
        int points = terms.pointsFor(minutes);
        requireUnused(entryId);
        if (!calendar.accepts(day)) {
            LocalDate today = calendar.today();
            throw new OccurredOnOutOfRange(day, today.minusDays(calendar.maxBackdatingDays()), today);
        }
        requireOpen(day);
        int already = standing(day, type).stream().mapToInt(Entry::minutes).sum();
        if (!terms.withinDailyCap(already, minutes)) {
            throw new DailyLimitExceeded(type.name(), day, already, minutes, terms.dailyCapMinutes());
        }
        return record(entryId, new Entry(type, day, minutes, points, activityId, false), null);
    }

    EntryRecorded report(String entryId, long points, LocalDate day) {
        requireUnused(entryId);
        requireOpen(day);
        int already = standing(day, EntryType.PROBLEM_REPORT).size();
        if (already >= policy.maxRewardedReportsPerDay()) {
            throw new DailyLimitExceeded(day, already, policy.maxRewardedReportsPerDay());
        }
        return record(entryId, new Entry(EntryType.PROBLEM_REPORT, day, 0, points, null, false), null);
    }

    EntryRecorded reverse(String reversalId, String entryId) {
        Entry target = entries.get(entryId);
        if (target == null) {
            throw new EntryNotFound(cardId, entryId);
        }
        if (target.type() == EntryType.REVERSAL) {
            throw new ReversalNotReversible(entryId);
        }
        if (target.reversed()) {
            throw new EntryAlreadyReversed(entryId);
        }
        requireUnused(reversalId);
        requireOpen(target.day());
        if (balance < target.points()) {
            throw new InsufficientPoints(cardId, balance, target.points());
        }
        entries.put(
                entryId,
                new Entry(target.type(), target.day(), target.minutes(), target.points(), target.activityId(), true));
        Entry reversal = new Entry(EntryType.REVERSAL, target.day(), -target.minutes(), -target.points(), null, false);
        return record(reversalId, reversal, entryId);
    }

    ServiceRecord describe(LocalDate askedFrom, LocalDate askedTo) {
        LocalDate today = calendar.today();
        LocalDate to = askedTo == null ? today : askedTo;
        LocalDate from = askedFrom != null
                ? askedFrom
                : entries.values().stream()
                        .map(Entry::day)
                        .min(Comparator.naturalOrder())
                        .orElse(to);
        if (to.isAfter(today)) {
            throw new InvalidCertificatePeriod("to", "to must not be after today (" + today + "), was " + to);
        }
        if (from.isAfter(to)) {
            throw new InvalidCertificatePeriod("from", "from " + from + " is after to " + to);
        }
        Map<Integer, Integer> byYear = new TreeMap<>();
        int volunteer = 0;
        int study = 0;
        TreeSet<String> activities = new TreeSet<>();
        List<Map.Entry<String, Entry>> counted = new ArrayList<>();
        for (Map.Entry<String, Entry> each : entries.entrySet()) {
            Entry entry = each.getValue();
            boolean forTime = entry.type() == EntryType.VOLUNTEER_HOURS || entry.type() == EntryType.STUDY_SESSION;
            if (!forTime
                    || entry.reversed()
                    || entry.day().isBefore(from)
                    || entry.day().isAfter(to)) {
                continue;
            }
            counted.add(each);
            if (entry.type() == EntryType.VOLUNTEER_HOURS) {
                volunteer += entry.minutes();
                byYear.merge(entry.day().getYear(), entry.minutes(), Integer::sum);
            } else {
                study += entry.minutes();
            }
            if (entry.activityId() != null) {
                activities.add(entry.activityId());
            }
        }
        List<String> ids = counted.stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, Entry> e) -> e.getValue().day())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
        return new ServiceRecord(cardId, from, to, byYear, volunteer, study, List.copyOf(activities), ids);
    }

    private EntryRecorded record(String entryId, Entry entry, String reverses) {
        entries.put(entryId, entry);
        balance += entry.points();
        return new EntryRecorded(
                entryId,
                cardId,
                entry.type(),
                entry.points(),
                balance,
                entry.day(),
                calendar.now(),
                policy.version(),
                reverses);
    }

    private List<Entry> standing(LocalDate day, EntryType type) {
        return entries.values().stream()
                .filter(e -> e.type() == type && e.day().equals(day) && !e.reversed())
                .toList();
    }

    private void requireUnused(String entryId) {
        if (entries.containsKey(entryId)) {
            throw new DuplicateEntryId(entryId);
        }
    }

    private void requireOpen(LocalDate day) {
        if (closed.contains(YearMonth.from(day))) {
            throw new PeriodClosed(day);
        }
    }
}
