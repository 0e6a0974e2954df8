package org.pointsbank.core.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pointsbank.core.shared.HoldEnding;
import org.pointsbank.core.shared.RecentIds;

/**
 * The points a card holds for its open redemptions, by redemption id. One value: the total is derived from the
 * holds, so there is no counter that could disagree with them. Immutable; each change answers a new value.
 * {@code ended} keeps the redemptions whose hold ended (redeemed or released), so that a step finding no hold can
 * tell a repeated step from a redemption this card never held anything for: the most recent {@value
 * RecentIds#KEPT} of them, so a card's snapshot does not grow with every redemption it ever made.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
record HeldPoints(Map<String, Reservation> byRedemption, RecentIds ended) {

    static final HeldPoints NONE = new HeldPoints(Map.of(), RecentIds.NONE);

    HeldPoints {
        byRedemption = Map.copyOf(byRedemption);
        ended = ended == null ? RecentIds.NONE : ended;
    }

    /** Why nothing is held for {@code redemptionId}: its hold ended before, or there never was one. */
    HoldEnding notHeld(String redemptionId) {
        return ended.contains(redemptionId) ? HoldEnding.ALREADY_ENDED : HoldEnding.NEVER_HELD;
    }

    boolean holdsFor(String redemptionId) {
        return byRedemption.containsKey(redemptionId);
    }

    Optional<Reservation> of(String redemptionId) {
        return Optional.ofNullable(byRedemption.get(redemptionId));
    }

    /** An open hold (its id, its {@link Reservation} and the map's node) and an ended hold's remembered id. */
    static final long BYTES_PER_HOLD = 300;

    static final long BYTES_PER_ENDED = 100;

    long estimatedBytes() {
        return byRedemption.size() * BYTES_PER_HOLD + ended.ids().size() * BYTES_PER_ENDED;
    }

    /** Every point held, for every open redemption. */
    long total() {
        return byRedemption.values().stream().mapToLong(Reservation::points).sum();
    }

    HeldPoints with(String redemptionId, Reservation reservation) {
        Map<String, Reservation> more = new HashMap<>(byRedemption);
        more.put(redemptionId, reservation);
        return new HeldPoints(more, ended);
    }

    /** The hold of {@code redemptionId} ended (redeemed or released); nothing held for it, nothing changes. */
    HeldPoints without(String redemptionId) {
        if (!holdsFor(redemptionId)) {
            return this;
        }
        Map<String, Reservation> fewer = new HashMap<>(byRedemption);
        fewer.remove(redemptionId);
        return new HeldPoints(fewer, ended.plus(redemptionId));
    }
}
