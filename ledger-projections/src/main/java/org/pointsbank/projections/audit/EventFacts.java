package org.pointsbank.projections.audit;

import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.MonthsSettled;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.certificate.api.CertificateIssued;
import org.pointsbank.core.certificate.api.CertificateNumbered;
import org.pointsbank.core.gift.api.GiftAdded;
import org.pointsbank.core.gift.api.GiftHandedOver;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.GiftRetired;
import org.pointsbank.core.gift.api.GiftStockReleased;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionExpired;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.redemption.api.RedemptionPlaced;
import org.pointsbank.core.station.api.StationRegistered;

/**
 * What an auditor wants to see of any event: its card, station, entry, points and policy. {@code points} are
 * only given where the balance changes: holds for redemptions leave it alone.
 */
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
        if (event instanceof GiftRedeemed e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), e.points(), null);
        }
        if (event instanceof PointsReserved e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof PointsReleased e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof CardIssued e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof CardClosed e) {
            return new EventFacts(e.cardId(), null, null, null, null);
        }
        if (event instanceof MonthsSettled e) {
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
        EventFacts report = ReportEventFacts.of(event);
        if (report != null) {
            return report;
        }
        EventFacts activity = ActivityEventFacts.of(event);
        if (activity != null) {
            return activity;
        }
        EventFacts certificate = certificate(event);
        if (certificate != null) {
            return certificate;
        }
        EventFacts reading = readingSession(event);
        if (reading != null) {
            return reading;
        }
        EventFacts redemption = redemption(event);
        if (redemption != null) {
            return redemption;
        }
        String giftStation = giftStation(event);
        if (giftStation != null) {
            return new EventFacts(null, giftStation, null, null, null);
        }
        return new EventFacts(null, null, null, null, null);
    }

    /** A redemption's own events and the gift's holds for it: the card and the station of the shop. */
    private static EventFacts redemption(Object event) {
        if (event instanceof RedemptionPlaced e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof RedemptionFulfilled e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof RedemptionCancelled e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof RedemptionExpired e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof GiftStockReserved e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof GiftStockReleased e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof GiftHandedOver e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        return null;
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

    /** A certificate's issue (its card and issuing station) and its number (the register's station). */
    private static EventFacts certificate(Object event) {
        if (event instanceof CertificateIssued e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof CertificateNumbered e) {
            return new EventFacts(
                    null, e.registerId().substring(0, e.registerId().lastIndexOf('/')), null, null, null);
        }
        return null;
    }

    /** A reading session's start and end: the card and the station of the reading room; a credited end its entry. */
    private static EventFacts readingSession(Object event) {
        if (event instanceof ReadingSessionStarted e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof ReadingSessionEnded e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), null, null);
        }
        return null;
    }
}
