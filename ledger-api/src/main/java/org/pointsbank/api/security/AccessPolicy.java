package org.pointsbank.api.security;

import org.pointsbank.api.http.ApiException;
import org.pointsbank.projections.activity.ActivityDirectory;
import org.pointsbank.projections.activity.ActivityTerms;
import org.pointsbank.projections.certificate.CertificateRepository;
import org.pointsbank.projections.directory.CardDirectory;
import org.pointsbank.projections.gift.GiftRepository;
import org.pointsbank.projections.redemption.RedemptionRepository;
import org.pointsbank.projections.redemption.RedemptionRow;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what, decided here and nowhere else; every endpoint names one of these rules in
 * its {@code @PreAuthorize}. A rule answers false for "not allowed" (403 FORBIDDEN) or throws
 * CARD_NOT_FOUND (404) when the caller may not even know whether the card exists: a card that
 * is not yours answers exactly as a card that does not exist, and so does a redemption. Staff at another
 * station's shop are told so (403 WRONG_STATION) where they may know what they ask about: the gift and its
 * station are public, and a redemption of their station's card is theirs to read.
 */
@Component("access")
public class AccessPolicy {

    private final CardDirectory directory;
    private final GiftRepository gifts;
    private final RedemptionRepository redemptions;
    private final ActivityDirectory activities;
    private final CertificateRepository certificates;

    public AccessPolicy(
            CardDirectory directory,
            GiftRepository gifts,
            RedemptionRepository redemptions,
            ActivityDirectory activities,
            CertificateRepository certificates) {
        this.directory = directory;
        this.gifts = gifts;
        this.redemptions = redemptions;
        this.activities = activities;
        this.certificates = certificates;
    }

    /** Stations, users, read-model maintenance, metrics, erasure of personal data. */
    public boolean isAdmin(Authentication authentication) {
        return user(authentication).is(Role.ADMIN);
    }

    /** The audit trail, its verification and reconciliation: auditors and admins. */
    public boolean mayAudit(Authentication authentication) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.is(Role.AUDITOR);
    }

    public boolean maySignIn(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof LedgerUser;
    }

    public boolean mayIssueCardAt(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(stationId);
    }

    /** The card, its statement and its balances: staff of its station, its volunteer, auditors. */
    public boolean mayReadCard(Authentication authentication, String cardId) {
        LedgerUser user = user(authentication);
        if (user.is(Role.ADMIN) || user.is(Role.AUDITOR) || user.holds(cardId) || isStaffOfCard(user, cardId)) {
            return true;
        }
        throw ApiException.cardNotFound(cardId);
    }

    /**
     * Whether the caller may see the card's state (as {@link #mayReadCard}, without refusing): refusals of what
     * they may do with a card they cannot read (credit it at their station, redeem their gift for it) are told
     * without the card's balance, points, minutes or history.
     */
    public boolean canSeeCard(Authentication authentication, String cardId) {
        if (authentication == null || !(authentication.getPrincipal() instanceof LedgerUser user)) {
            return false;
        }
        return user.is(Role.ADMIN) || user.is(Role.AUDITOR) || user.holds(cardId) || isStaffOfCard(user, cardId);
    }

    /** The holder's personal data: as the card, less auditors (they audit points, not people). */
    public boolean mayReadHolder(Authentication authentication, String cardId) {
        return !user(authentication).is(Role.AUDITOR) && mayReadCard(authentication, cardId);
    }

    /** Credits are granted by staff of the station where the points were earned. */
    public boolean mayCreditAt(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(stationId);
    }

    /** A station's gift catalogue: its staff. */
    public boolean mayManageGiftsAt(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(stationId);
    }

    /**
     * Redeeming a gift, for any card: staff of the gift's station (its shop hands it over). Staff of another station
     * get 403 WRONG_STATION, naming the gift's station; other roles 403 FORBIDDEN; an unknown gift is GIFT_NOT_FOUND.
     */
    public boolean mayRedeemGift(Authentication authentication, String giftId) {
        String station = gifts.find(giftId)
                .orElseThrow(() -> ApiException.giftNotFound(giftId))
                .stationId();
        return mayServeAtShopOf(user(authentication), station, "gift " + giftId);
    }

    /**
     * Fulfilling or cancelling a redemption: as redeeming, staff of the gift's station, where it is handed over.
     * Who may not even read it is answered as for an unknown redemption (404 REDEMPTION_NOT_FOUND); who may read
     * it (staff of the card's station, its volunteer, auditors) is told why not (403 WRONG_STATION / FORBIDDEN).
     */
    public boolean mayFinishRedemption(Authentication authentication, String redemptionId) {
        LedgerUser user = user(authentication);
        RedemptionRow redemption = readableRedemption(user, redemptionId);
        return mayServeAtShopOf(user, redemption.stationId(), "redemption " + redemptionId);
    }

    private static boolean mayServeAtShopOf(LedgerUser user, String station, String what) {
        if (user.is(Role.ADMIN) || user.worksAt(station)) {
            return true;
        }
        if (user.is(Role.STAFF)) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "WRONG_STATION",
                    what + " belongs to the shop of station " + station + "; only its staff hand it over");
        }
        return false;
    }

    /**
     * Reading a redemption: who may finish it, auditors, and its card's volunteer and staff. A redemption that is
     * not yours answers exactly as one that does not exist (404 REDEMPTION_NOT_FOUND), never 403.
     */
    public boolean mayReadRedemption(Authentication authentication, String redemptionId) {
        readableRedemption(user(authentication), redemptionId);
        return true;
    }

    private RedemptionRow readableRedemption(LedgerUser user, String redemptionId) {
        RedemptionRow redemption = redemption(redemptionId);
        if (user.is(Role.ADMIN)
                || user.is(Role.AUDITOR)
                || user.worksAt(redemption.stationId())
                || user.holds(redemption.cardId())
                || isStaffOfCard(user, redemption.cardId())) {
            return redemption;
        }
        throw ApiException.redemptionNotFound(redemptionId);
    }

    private RedemptionRow redemption(String redemptionId) {
        return redemptions.find(redemptionId).orElseThrow(() -> ApiException.redemptionNotFound(redemptionId));
    }

    /**
     * The rotating check-in codes of a station's reading room and activities: its staff and its kiosk. A kiosk may
     * do nothing else at all ({@link KioskRequests}).
     */
    public boolean mayReadCodes(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(stationId) || user.isKioskOf(stationId);
    }

    /** A station's month at a glance (the overview): its staff, auditors and admins. */
    public boolean mayOverseeStation(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.is(Role.AUDITOR) || user.worksAt(stationId);
    }

    /** Objections to a month's standings: staff of the station that objects. */
    public boolean mayObjectAt(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(stationId);
    }

    /** Reversals by staff of the station where the reversed entry was earned. */
    public boolean mayReverse(Authentication authentication, String cardId, String entryId) {
        LedgerUser user = user(authentication);
        if (user.is(Role.ADMIN)) {
            return true;
        }
        if (!user.is(Role.STAFF)) {
            return false;
        }
        var entryStation = directory.stationOfEntry(cardId, entryId);
        if (entryStation.isPresent() && user.worksAt(entryStation.get())) {
            return true;
        }
        if (!isStaffOfCard(user, cardId)) {
            throw ApiException.cardNotFound(cardId);
        }
        if (entryStation.isEmpty()) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND, "ENTRY_NOT_FOUND", "card " + cardId + " has no entry " + entryId);
        }
        return false;
    }

    /** Closing a card: staff of its station. */
    public boolean mayCloseCard(Authentication authentication, String cardId) {
        LedgerUser user = user(authentication);
        if (user.is(Role.ADMIN) || isStaffOfCard(user, cardId)) {
            return true;
        }
        if (user.is(Role.STAFF)) {
            throw ApiException.cardNotFound(cardId);
        }
        return false;
    }

    /** Planning activities at a station: its staff. */
    public boolean mayPlanActivityAt(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(stationId);
    }

    /** A station's activities: its staff, auditors, and volunteers (who are shown the open ones only). */
    public boolean mayListActivitiesAt(Authentication authentication, String stationId) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.is(Role.AUDITOR) || user.worksAt(stationId) || user.is(Role.VOLUNTEER);
    }

    /** One activity: its station's staff, auditors, and volunteers (who are shown only their own roster line). */
    public boolean mayReadActivity(Authentication authentication, String activityId) {
        String station = activity(activityId).stationId();
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.is(Role.AUDITOR) || user.worksAt(station) || user.is(Role.VOLUNTEER);
    }

    /** The roster, attendance on paper, the close and the cancellation: staff of the activity's station. */
    public boolean mayRunActivity(Authentication authentication, String activityId) {
        String station = activity(activityId).stationId();
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.worksAt(station);
    }

    /** Check-ins and check-outs: the activity's staff (by card) and volunteers (their own, by the activity's code). */
    public boolean mayAttendActivity(Authentication authentication, String activityId) {
        return mayRunActivity(authentication, activityId)
                || user(authentication).is(Role.VOLUNTEER);
    }

    /** Signing up: a volunteer, for their own card. */
    public boolean maySignUpFor(Authentication authentication, String activityId) {
        activity(activityId);
        return user(authentication).is(Role.VOLUNTEER);
    }

    /** The activity's rotating check-in code: as its station's codes, its staff and its kiosk. */
    public boolean mayReadActivityCode(Authentication authentication, String activityId) {
        return mayReadCodes(authentication, activity(activityId).stationId());
    }

    private ActivityTerms activity(String activityId) {
        return activities.find(activityId).orElseThrow(() -> ApiException.activityNotFound(activityId));
    }

    /** A certificate of a card's service: its station's staff, its volunteer; auditors 403, others CARD_NOT_FOUND. */
    public boolean mayCertify(Authentication authentication, String cardId) {
        return !user(authentication).is(Role.AUDITOR) && mayReadCard(authentication, cardId);
    }

    /** A certificate and its PDF: who may issue one for its card; to anyone else it is an unknown certificate. */
    public boolean mayReadCertificate(Authentication authentication, String certificateId) {
        String card = certificates.cardOf(certificateId).orElse(null);
        if (card != null && !user(authentication).is(Role.AUDITOR) && canSeeCard(authentication, card)) {
            return true;
        }
        throw new ApiException(HttpStatus.NOT_FOUND, "CERTIFICATE_NOT_FOUND", "no certificate " + certificateId);
    }

    /** A reading room's sessions: a volunteer, on their own card (the one they hold). */
    public boolean mayUseReadingRoom(Authentication authentication) {
        LedgerUser user = user(authentication);
        return user.is(Role.VOLUNTEER) && user.cardId() != null;
    }

    private boolean isStaffOfCard(LedgerUser user, String cardId) {
        return user.is(Role.STAFF)
                && directory.stationOfCard(cardId).map(user::worksAt).orElse(false);
    }

    private static LedgerUser user(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in Points Bank user");
    }
}
