package org.pointsbank.projections.audit;

import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.pointsbank.core.station.api.StationRegistered;

/** What an auditor wants to see of any event: its card, station, entry, points and policy. */
record EventFacts(String cardId, String stationId, String entryId, Long points, String policyVersion) {

    static EventFacts of(Object event) {
        if (event instanceof VolunteerHoursCredited e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), e.points(), e.policyVersion());
        }
        if (event instanceof StudySessionCredited e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), e.points(), e.policyVersion());
        }
        if (event instanceof CommendationBonusCredited e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), e.points(), e.policyVersion());
        }
        if (event instanceof EntryReversed e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), e.points(), e.policyVersion());
        }
        if (event instanceof CardIssued e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof CardClosed e) {
            return new EventFacts(e.cardId(), null, null, null, null);
        }
        if (event instanceof StationRegistered e) {
            return new EventFacts(null, e.stationId(), null, null, null);
        }
        if (event instanceof VolunteerCommended e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof ObjectionFiled e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), null, null);
        }
        String giftStation = giftStation(event);
        if (giftStation != null) {
            return new EventFacts(null, giftStation, null, null, null);
        }
        return new EventFacts(null, null, null, null, null);
    }

    /** The station of a gift catalogue event: where an auditor looks for who changed its shop. */
    private static String giftStation(Object event) {
        if (event instanceof GiftAdded e) {
            return e.stationId();
        }
        if (event instanceof GiftRestocked e) {
            return e.stationId();
        }
        if (event instanceof GiftPriceChanged e) {
            return e.stationId();
        }
        if (event instanceof GiftRetired e) {
            return e.stationId();
        }
        return null;
    }
}
