package org.pointsbank.core.gift;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * How many of a gift each card took (held or handed over) in one calendar month, for the per-card monthly limit.
 * Only the latest month is kept: a hold in a new month starts a new tally, and earlier months are forgotten.
 * Immutable; each change answers a new value.
 *
 * @param month       the month counted, or {@code null} before the gift's first hold
 * @param takenByCard quantity per card id in {@code month}; a card that took nothing is absent
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
record MonthlyTally(YearMonth month, Map<String, Integer> takenByCard) {

    static final MonthlyTally NONE = new MonthlyTally(null, Map.of());

    MonthlyTally {
        takenByCard = Map.copyOf(takenByCard);
    }

    /** What {@code cardId} took in {@code month}: nothing if another month is counted. */
    int taken(String cardId, YearMonth month) {
        return month.equals(this.month) ? takenByCard.getOrDefault(cardId, 0) : 0;
    }

    /** {@code cardId} took {@code quantity} more in {@code month}; another month than the one counted starts afresh. */
    MonthlyTally plus(String cardId, YearMonth month, int quantity) {
        Map<String, Integer> taken = new HashMap<>(month.equals(this.month) ? takenByCard : Map.of());
        taken.merge(cardId, quantity, Integer::sum);
        return new MonthlyTally(month, taken);
    }

    /** A hold counted in {@code month} was released: it stops counting. A month no longer counted changes nothing. */
    MonthlyTally minus(String cardId, YearMonth month, int quantity) {
        if (!month.equals(this.month) || !takenByCard.containsKey(cardId)) {
            return this;
        }
        Map<String, Integer> taken = new HashMap<>(takenByCard);
        taken.computeIfPresent(cardId, (card, sum) -> sum > quantity ? sum - quantity : null);
        return new MonthlyTally(month, taken);
    }
}
