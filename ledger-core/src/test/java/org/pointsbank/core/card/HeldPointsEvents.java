package org.pointsbank.core.card;

import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.EARLIER;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;

import java.util.ArrayList;
import java.util.List;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.ReservePoints;

/** The history and the events the held-points tests of {@link RewardCard} start from and expect. */
final class HeldPointsEvents {

    private HeldPointsEvents() {}

    /** 600 minutes today: a balance of 100 points. */
    static List<Object> hundredPoints() {
        return issued().volunteerCredit("e1", 600).events();
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    static ReservePoints reserve(String redemptionId, long points) {
        return new ReservePoints(CARD, redemptionId, "g1", "thermos", STATION, 2, points);
    }

    static PointsReserved reserved(String redemptionId, long points, long availableAfter) {
        return new PointsReserved(CARD, redemptionId, "g1", "thermos", STATION, 2, points, availableAfter, EARLIER);
    }

    static GiftRedeemed redeemed(String redemptionId, long points, long balanceAfter) {
        return new GiftRedeemed(
                CARD,
                redemptionId,
                redemptionId,
                "g1",
                "thermos",
                STATION,
                2,
                -points,
                balanceAfter,
                YESTERDAY,
                EARLIER);
    }

    static PointsReleased released(String redemptionId, long points, long availableAfter) {
        return new PointsReleased(CARD, redemptionId, STATION, points, availableAfter, "CANCELLED", EARLIER);
    }
}
