package org.pointsbank.api.report;

import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.projections.directory.CardDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with problem reports, decided from the report's origin in the log ({@link ReportOrigins}). A
 * report is handled (triaged, dispatched, resolved, verified) by the staff of its handling station; it is read by
 * them, by the staff of its card's station, by its reporter (the volunteer holding its card), by auditors and
 * admins. Staff of any other station are told which station handles it (403 WRONG_STATION); a volunteer asking for a
 * report not on their card is answered as for an unknown one (404 REPORT_NOT_FOUND), as for a card not theirs.
 */
@Component("reportAccess")
public class ReportAccess {

    private final ReportOrigins origins;
    private final CardDirectory cards;

    ReportAccess(ReportOrigins origins, CardDirectory cards) {
        this.origins = origins;
        this.cards = cards;
    }

    /** Submitting a report on a card: its volunteer, staff of its station on the holder's behalf, admins. */
    public boolean maySubmitFor(Authentication authentication, String cardId) {
        requireMaySubmitFor(user(authentication), cardId);
        return true;
    }

    /**
     * As {@link #maySubmitFor}, for callers that are not a controller method (Open311): 404 CARD_NOT_FOUND when the
     * caller may not see the card, 403 FORBIDDEN for roles that never submit (auditors, kiosks).
     */
    public void requireMaySubmitFor(LedgerUser user, String cardId) {
        if (user.is(Role.ADMIN) || user.holds(cardId) || isStaffOfCard(user, cardId)) {
            return;
        }
        if (user.is(Role.STAFF) || user.is(Role.VOLUNTEER)) {
            throw ApiException.cardNotFound(cardId);
        }
        throw new org.springframework.security.access.AccessDeniedException("may not submit reports");
    }

    /** Triage, dispatch, resolution and verification: staff of the handling station, admins. */
    public boolean mayHandle(Authentication authentication, String reportId) {
        LedgerUser user = user(authentication);
        ReportOrigin origin = readable(user, reportId);
        if (user.is(Role.ADMIN) || user.worksAt(origin.stationId())) {
            return true;
        }
        if (user.is(Role.STAFF)) {
            throw ReportProblems.wrongStation(reportId, origin.stationId());
        }
        return false;
    }

    /** The report and its timeline: see the class comment. */
    public boolean mayRead(Authentication authentication, String reportId) {
        readable(user(authentication), reportId);
        return true;
    }

    /** Lists of reports and their statistics: staff (their own stations' reports), auditors, admins. */
    public boolean mayList(Authentication authentication) {
        LedgerUser user = user(authentication);
        return user.is(Role.ADMIN) || user.is(Role.AUDITOR) || user.is(Role.STAFF);
    }

    private ReportOrigin readable(LedgerUser user, String reportId) {
        ReportOrigin origin = origins.require(reportId);
        if (user.is(Role.ADMIN)
                || user.is(Role.AUDITOR)
                || user.worksAt(origin.stationId())
                || user.holds(origin.cardId())
                || isStaffOfCard(user, origin.cardId())) {
            return origin;
        }
        if (user.is(Role.STAFF)) {
            throw ReportProblems.wrongStation(reportId, origin.stationId());
        }
        throw ReportProblems.reportNotFound(reportId);
    }

    private boolean isStaffOfCard(LedgerUser user, String cardId) {
        if (!user.is(Role.STAFF)) {
            return false;
        }
        try {
            LedgerCommands.requireCardId(cardId);
        } catch (ApiException notACard) {
            return false;
        }
        return cards.stationOfCard(cardId).map(user::worksAt).orElse(false);
    }

    static LedgerUser user(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in Points Bank user");
    }
}
