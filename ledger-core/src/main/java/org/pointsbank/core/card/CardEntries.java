package org.pointsbank.core.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.period.PeriodClosed;
import org.pointsbank.core.policy.CreditTerms;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * The entries a card recorded, by entry id, and what they add up to per business day net of reversals (minutes per
 * kind, rewarded reports): the state the card's rules on entry ids, reversals and daily caps read. The balance stays
 * the card's. Part of the card's snapshot (since {@link RewardCard}'s revision 5). The entries of settled months
 * (closed, so never reversed nor added to again) leave {@code byId} and {@code byDay} for the compact {@link
 * SettledEntries} (since revision 8): every rule answers as it did when they were kept whole.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class CardEntries {

    /**
     * An entry kept whole: its id (a UUID string), the {@link RecordedEntry}, its station, policy and day as objects
     * of their own once read from a snapshot or an event, the map's node, and its share of the day's tally.
     */
    static final long BYTES_PER_ENTRY = 320;

    private Map<String, RecordedEntry> byId = new HashMap<>();
    private Map<LocalDate, DailyTally> byDay = new HashMap<>();
    private SettledEntries settled = new SettledEntries();

    RecordedEntry get(String entryId) {
        return byId.get(entryId);
    }

    void requireUnused(String entryId) {
        if (byId.containsKey(entryId) || settled.contains(entryId)) {
            throw new DuplicateEntryId(entryId);
        }
    }

    /**
     * The entry a reversal may undo: on this card, not itself a reversal nor a redemption, not reversed before. A
     * settled entry is refused for the same reason, in the same order, as when it was kept whole: last of all for
     * its closed month, after the reversal's own entry id.
     */
    RecordedEntry reversible(String cardId, String entryId, String reversalEntryId) {
        RecordedEntry target = byId.get(entryId);
        if (target == null) {
            throw refusedSettled(cardId, entryId, reversalEntryId);
        }
        if (target.isReversal()) {
            throw new ReversalNotReversible(entryId);
        }
        if (target.type() == EntryType.GIFT_REDEMPTION) {
            throw new RedemptionNotReversible(entryId);
        }
        if (target.reversed()) {
            throw new EntryAlreadyReversed(entryId);
        }
        return target;
    }

    void requireWithinDailyCap(EntryType type, LocalDate day, int minutes, CreditTerms terms) {
        int already = on(day).minutesOf(type);
        if (!terms.withinDailyCap(already, minutes)) {
            throw new DailyLimitExceeded(type.name(), day, already, minutes, terms.dailyCapMinutes());
        }
    }

    void requireReportRewardable(LocalDate day, int maxPerDay) {
        int already = on(day).rewardedReports();
        if (already >= maxPerDay) {
            throw new DailyLimitExceeded(day, already, maxPerDay);
        }
    }

    /** The card's record of service in a period ({@link ServiceRecords}). */
    ServiceRecord describe(String cardId, DescribeServiceRecord command, LedgerCalendar calendar) {
        return ServiceRecords.describe(cardId, byId, settled, command, calendar);
    }

    long estimatedBytes() {
        return byId.size() * BYTES_PER_ENTRY + settled.estimatedBytes();
    }

    /** The months before {@code current} that still have entries kept whole, oldest first. */
    List<YearMonth> unsettledMonthsBefore(YearMonth current) {
        return byDay.keySet().stream()
                .map(YearMonth::from)
                .filter(month -> month.isBefore(current))
                .distinct()
                .sorted()
                .toList();
    }

    /** The month is closed: its entries are kept as ids and service figures from now on. */
    void settle(YearMonth month) {
        settled.settle(month);
        byId.entrySet().removeIf(each -> {
            boolean inMonth = YearMonth.from(each.getValue().occurredOn()).equals(month);
            if (inMonth) {
                settled.add(each.getKey(), each.getValue());
            }
            return inMonth;
        });
        byDay.keySet().removeIf(day -> YearMonth.from(day).equals(month));
    }

    void record(String entryId, RecordedEntry entry) {
        if (settled.covers(entry.occurredOn())) {
            settled.add(entryId, entry);
            return;
        }
        byId.put(entryId, entry);
        count(entry, 1);
    }

    /** The reversed entry is marked and stops counting toward its day; the reversal is an entry of its own. */
    void recordReversal(String reversedEntryId, String entryId, RecordedEntry reversal) {
        RecordedEntry reversed = byId.computeIfPresent(reversedEntryId, (id, entry) -> entry.markReversed());
        if (settled.covers(reversal.occurredOn())) {
            settled.add(entryId, reversal);
        } else {
            byId.put(entryId, reversal);
        }
        if (reversed != null) {
            count(reversed, -1);
        }
    }

    private RuntimeException refusedSettled(String cardId, String entryId, String reversalEntryId) {
        Optional<SettledDay.Kind> kind = settled.kindOf(entryId);
        if (kind.isEmpty()) {
            return new EntryNotFound(cardId, entryId);
        }
        return switch (kind.get()) {
            case REVERSAL -> new ReversalNotReversible(entryId);
            case REDEMPTION -> new RedemptionNotReversible(entryId);
            case REVERSED -> new EntryAlreadyReversed(entryId);
            case STANDING -> {
                requireUnused(reversalEntryId);
                yield new PeriodClosed(settled.dayOf(entryId).orElseThrow());
            }
        };
    }

    private DailyTally on(LocalDate day) {
        return byDay.getOrDefault(day, DailyTally.NONE);
    }

    private void count(RecordedEntry entry, int sign) {
        byDay.put(entry.occurredOn(), on(entry.occurredOn()).plus(entry.type(), entry.minutes(), sign));
    }
}
