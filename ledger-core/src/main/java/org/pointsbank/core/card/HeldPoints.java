package org.pointsbank.core.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The points a card holds for its open redemptions, by redemption id. One value: the total is derived from the
 * holds, so there is no counter that could disagree with them. Immutable; each change answers a new value.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
record HeldPoints(Map<String, Reservation> byRedemption) {

    static final HeldPoints NONE = new HeldPoints(Map.of());

    HeldPoints {
        byRedemption = Map.copyOf(byRedemption);
    }

    boolean holdsFor(String redemptionId) {
        return byRedemption.containsKey(redemptionId);
    }

    Optional<Reservation> of(String redemptionId) {
        return Optional.ofNullable(byRedemption.get(redemptionId));
    }

    /** Every point held, for every open redemption. */
    long total() {
        return byRedemption.values().stream().mapToLong(Reservation::points).sum();
    }

    HeldPoints with(String redemptionId, Reservation reservation) {
        Map<String, Reservation> more = new HashMap<>(byRedemption);
        more.put(redemptionId, reservation);
        return new HeldPoints(more);
    }

    /** The hold of {@code redemptionId} ended (redeemed or released); nothing held for it, nothing changes. */
    HeldPoints without(String redemptionId) {
        if (!holdsFor(redemptionId)) {
            return this;
        }
        Map<String, Reservation> fewer = new HashMap<>(byRedemption);
        fewer.remove(redemptionId);
        return new HeldPoints(fewer);
    }
}
