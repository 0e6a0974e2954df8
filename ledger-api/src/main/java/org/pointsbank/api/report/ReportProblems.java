package org.pointsbank.api.report;

import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpStatus;

/** The refusals of the report endpoints decided in the web layer, each with its stable code and field. */
public final class ReportProblems {

    private ReportProblems() {}

    public static ApiException reportNotFound(String reportId) {
        return new ApiException(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND", "no report " + reportId);
    }

    static ApiException cardNotActive(String cardId) {
        return new ApiException(HttpStatus.CONFLICT, "CARD_NOT_ACTIVE", "card " + cardId + " is closed", "cardId");
    }

    static ApiException wrongStation(String reportId, String stationId) {
        return new ApiException(
                HttpStatus.FORBIDDEN,
                "WRONG_STATION",
                "report " + reportId + " is handled by station " + stationId + "; only its staff handle it");
    }

    static ApiException invalidDuplicate(String reportId) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "INVALID_DUPLICATE",
                "report " + reportId + " cannot be a duplicate of itself",
                "ofReportId");
    }

    static ApiException originalNotFound(String ofReportId) {
        return new ApiException(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND", "no report " + ofReportId, "ofReportId");
    }

    static ApiException duplicateAcrossStations(ReportOrigin duplicate, ReportOrigin original) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "INVALID_DUPLICATE",
                "report " + original.reportId() + " is handled by station " + original.stationId() + ", report "
                        + duplicate.reportId() + " by station " + duplicate.stationId()
                        + ": a duplicate names a report of its own station",
                "ofReportId");
    }
}
