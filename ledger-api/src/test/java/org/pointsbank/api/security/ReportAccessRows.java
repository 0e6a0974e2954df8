package org.pointsbank.api.security;

import static org.pointsbank.api.IntegrationTest.ZONE;

import java.util.List;

/** The access matrix of problem reports (issue 16): the grid, the report categories, Open311, reports and their photos. */
final class ReportAccessRows {

    private ReportAccessRows() {}

    // spotless:off a table: one row per endpoint, one column per scope
    static final List<AccessRow> ROWS = List.of(
            // the grid and the report categories (issue 16): admins change them, every signed-in user reads them
            new AccessRow("POST /api/v1/grid-cells", w -> AccessRequest.post("/api/v1/grid-cells", "{\"id\":\""
                            + org.pointsbank.api.grid.GridFixture.fresh("m") + "\",\"name\":\"M\",\"level\":\"COUNTY\"}"),
                    201, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/grid-cells", w -> AccessRequest.get("/api/v1/grid-cells"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("GET /api/v1/grid-cells/{id}", w -> AccessRequest.get("/api/v1/grid-cells/" + w.readableCounty()),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("POST /api/v1/grid-cells/{id}/handling-station", w -> AccessRequest.post("/api/v1/grid-cells/"
                            + w.newCounty() + "/handling-station", "{\"stationId\":\"" + w.stationB + "\"}"),
                    200, 403, 403, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/report-categories", w -> AccessRequest.post("/api/v1/report-categories", "{\"code\":\""
                            + org.pointsbank.api.grid.GridFixture.fresh("m") + "\",\"name\":\"M\",\"points\":5}"),
                    201, 403, 403, 403, 403, 403, 401),
            new AccessRow("GET /api/v1/report-categories", w -> AccessRequest.get("/api/v1/report-categories"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("GET /api/v1/report-categories/{code}", w -> AccessRequest.get("/api/v1/report-categories/"
                            + w.readableCategory()),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("POST /api/v1/report-categories/{code}/retirement", w -> AccessRequest.post("/api/v1/report-categories/"
                            + w.newCategory() + "/retirement", null),
                    200, 403, 403, 403, 403, 403, 401),
            new AccessRow("POST /api/v1/report-categories/{code}/points", w -> AccessRequest.post("/api/v1/report-categories/"
                            + w.newCategory() + "/points", "{\"points\":7}"),
                    200, 403, 403, 403, 403, 403, 401),
            // Open311 GeoReport v2: reads show each caller the reports they may read; filing is submitting a report
            new AccessRow("GET /api/v1/open311/v2/services.json", w -> AccessRequest.get("/api/v1/open311/v2/services.json"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("GET /api/v1/open311/v2/requests.json", w -> AccessRequest.get("/api/v1/open311/v2/requests.json"),
                    200, 200, 200, 200, 200, 200, 401),
            new AccessRow("GET /api/v1/open311/v2/requests/{serviceRequestId}.json", w -> AccessRequest.get(
                            "/api/v1/open311/v2/requests/" + w.open311ReportOfCardA() + ".json"),
                    200, 200, 200, 403, 200, 404, 401),
            // a form, not JSON (send() gives a body that is not JSON the form's content type)
            new AccessRow("POST /api/v1/open311/v2/requests.json", w -> AccessRequest.post("/api/v1/open311/v2/requests.json",
                            w.open311Form()),
                    201, 403, 201, 404, 201, 404, 401),
            // problem reports (issue 16): a report of card A in a cell handled by station A, fresh for each call
            new AccessRow("POST /api/v1/reports", w -> AccessRequest.post("/api/v1/reports", w.reportBody()),
                    201, 403, 201, 404, 201, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/acceptance", w -> AccessRequest.post("/api/v1/reports/"
                            + w.reportOfCardA() + "/acceptance", "{}"),
                    200, 403, 200, 403, 403, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/rejection", w -> AccessRequest.post("/api/v1/reports/"
                            + w.reportOfCardA() + "/rejection", "{\"reason\":\"matrix\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/duplicate", w -> AccessRequest.post("/api/v1/reports/"
                            + w.reportOfCardA() + "/duplicate", "{\"ofReportId\":\"" + w.reportOfCardA() + "\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/dispatch", w -> AccessRequest.post("/api/v1/reports/"
                            + w.acceptedReportOfCardA() + "/dispatch", "{\"assignee\":\"matrix team\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/resolution", w -> AccessRequest.post("/api/v1/reports/"
                            + w.acceptedReportOfCardA() + "/resolution", "{\"outcome\":\"FIXED\",\"feedback\":\"done\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            // resolved by another staff member of station A, so admins and STAFF_OWN are independent verifiers
            new AccessRow("POST /api/v1/reports/{reportId}/verification", w -> AccessRequest.post("/api/v1/reports/"
                            + w.resolvedReportOfCardA() + "/verification", "{\"verdict\":\"CONFIRMED\"}"),
                    200, 403, 200, 403, 403, 404, 401),
            new AccessRow("GET /api/v1/reports/{reportId}", w -> AccessRequest.get("/api/v1/reports/" + w.readableReportOfCardA()),
                    200, 200, 200, 403, 200, 404, 401),
            // staff see their own stations' reports (staff of B: an empty list)
            new AccessRow("GET /api/v1/reports", w -> AccessRequest.get("/api/v1/reports?limit=5"),
                    200, 200, 200, 200, 403, 403, 401),
            new AccessRow("GET /api/v1/reports/statistics", w -> AccessRequest.get("/api/v1/reports/statistics?period="
                            + java.time.YearMonth.now(ZONE)),
                    200, 200, 200, 200, 403, 403, 401),
            new AccessRow("GET /api/v1/cards/{cardId}/reports", w -> AccessRequest.get("/api/v1/cards/" + w.cardA + "/reports"),
                    200, 200, 200, 404, 200, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/photos", w -> AccessRequest.image("/api/v1/reports/"
                            + w.reportOfCardA() + "/photos"),
                    201, 403, 201, 403, 201, 404, 401),
            new AccessRow("GET /api/v1/reports/{reportId}/photos/{photoId} image/jpeg", w -> new AccessRequest("GET",
                            w.photoOfCardA(), null, "image/png"),
                    200, 200, 200, 403, 200, 404, 401),
            new AccessRow("POST /api/v1/reports/{reportId}/photos/{photoId}/erasure", w -> AccessRequest.post(w.photoOfCardA()
                            + "/erasure", "{\"reason\":\"matrix\"}"),
                    200, 403, 403, 403, 403, 403, 401));
    // spotless:on
}
