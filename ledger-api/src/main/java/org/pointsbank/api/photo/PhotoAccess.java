package org.pointsbank.api.photo;

import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may attach and read a report's photos, decided on the report's submission (its card and its handling station)
 * as read from the log: readable by the reporter (the volunteer of the report's card), staff of the handling
 * station, auditors and admins, as the report itself; attached by the reporter, that station's staff and admins. A
 * report that is not theirs answers a volunteer (or a kiosk) as one that does not exist (404 REPORT_NOT_FOUND);
 * staff of another station are told so (403 WRONG_STATION).
 */
@Component("photoAccess")
public class PhotoAccess {

    private final ReportSubmissions submissions;

    PhotoAccess(ReportSubmissions submissions) {
        this.submissions = submissions;
    }

    public boolean mayAttach(Authentication authentication, String reportId) {
        LedgerUser user = user(authentication);
        ReportSubmitted report = readable(user, reportId);
        return user.is(Role.ADMIN) || user.holds(report.cardId()) || user.worksAt(report.stationId());
    }

    public boolean mayRead(Authentication authentication, String reportId) {
        readable(user(authentication), reportId);
        return true;
    }

    private ReportSubmitted readable(LedgerUser user, String reportId) {
        ReportSubmitted report = submissions.find(reportId).orElseThrow(() -> reportNotFound(reportId));
        if (user.is(Role.ADMIN)
                || user.is(Role.AUDITOR)
                || user.holds(report.cardId())
                || user.worksAt(report.stationId())) {
            return report;
        }
        if (user.is(Role.STAFF)) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "WRONG_STATION",
                    "report " + reportId + " is handled by station " + report.stationId() + "; only its staff see it");
        }
        throw reportNotFound(reportId);
    }

    static ApiException reportNotFound(String reportId) {
        return new ApiException(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND", "no report " + reportId, "reportId");
    }

    private static LedgerUser user(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in Points Bank user");
    }
}
