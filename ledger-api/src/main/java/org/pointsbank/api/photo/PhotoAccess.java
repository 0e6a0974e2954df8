package org.pointsbank.api.photo;

import org.pointsbank.api.report.ReportAccess;
import org.pointsbank.api.report.ReportOrigin;
import org.pointsbank.api.report.ReportOrigins;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may attach a photo to a report: whoever may read the report ({@link ReportAccess#mayRead}, decided on the
 * report's origin in the log, so a report submitted a moment ago takes photos at once) and is its reporter (the
 * volunteer of its card), staff of its handling station, or an admin. Staff who may read it without handling it (of
 * the card's station) are told which station handles it (403 WRONG_STATION); auditors get 403. A photo is read by
 * whoever may read the report.
 */
@Component("photoAccess")
public class PhotoAccess {

    private final ReportAccess reports;
    private final ReportOrigins origins;

    PhotoAccess(ReportAccess reports, ReportOrigins origins) {
        this.reports = reports;
        this.origins = origins;
    }

    public boolean mayAttach(Authentication authentication, String reportId) {
        reports.mayRead(authentication, reportId);
        LedgerUser user = (LedgerUser) authentication.getPrincipal();
        ReportOrigin origin = origins.require(reportId);
        if (user.is(Role.ADMIN) || user.holds(origin.cardId()) || user.worksAt(origin.stationId())) {
            return true;
        }
        if (user.is(Role.STAFF)) {
            throw new org.pointsbank.api.http.ApiException(
                    HttpStatus.FORBIDDEN,
                    "WRONG_STATION",
                    "report " + reportId + " is handled by station " + origin.stationId()
                            + "; only its staff and its reporter attach photos");
        }
        return false;
    }
}
