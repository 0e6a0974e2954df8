package org.pointsbank.core.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.policy.CreditTerms;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * The entries a card recorded, by entry id, and what they add up to per business day net of reversals (minutes per
 * kind, rewarded reports): the state the card's rules on entry ids, reversals and daily caps read. The balance stays
 * the card's. Part of the card's snapshot (since {@link RewardCard}'s revision 5).
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class CardEntries {

    private Map<String, RecordedEntry> byId = new HashMap<>();
    private Map<LocalDate, DailyTally> byDay = new HashMap<>();

    RecordedEntry get(String entryId) {
        return byId.get(entryId);
    }

    void requireUnused(String entryId) {
        if (byId.containsKey(entryId)) {
            throw new DuplicateEntryId(entryId);
        }
    }

    /** The entry a reversal may undo: on this card, not itself a reversal nor a redemption, not reversed before. */
    RecordedEntry reversible(String cardId, String entryId) {
        RecordedEntry target = byId.get(entryId);
        if (target == null) {
            throw new EntryNotFound(cardId, entryId);
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
        return ServiceRecords.describe(cardId, byId, command, calendar);
    }

    void record(String entryId, RecordedEntry entry) {
        byId.put(entryId, entry);
        count(entry, 1);
    }

    /** The reversed entry is marked and stops counting toward its day; the reversal is an entry of its own. */
    void recordReversal(String reversedEntryId, String entryId, RecordedEntry reversal) {
        RecordedEntry reversed = byId.computeIfPresent(reversedEntryId, (id, entry) -> entry.markReversed());
        byId.put(entryId, reversal);
        if (reversed != null) {
            count(reversed, -1);
        }
    }

    private DailyTally on(LocalDate day) {
        return byDay.getOrDefault(day, DailyTally.NONE);
    }

    private void count(RecordedEntry entry, int sign) {
        byDay.put(entry.occurredOn(), on(entry.occurredOn()).plus(entry.type(), entry.minutes(), sign));
    }
}
