package org.pointsbank.api.open311;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.pointsbank.api.idempotency.ImplicitIdempotencyKey;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.report.ReportAccess;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.category.ReportCategoryRepository;
import org.pointsbank.projections.report.ProblemReportRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2, JSON only and without jurisdictions: services are the report categories, service requests
 * the problem reports. Field names and formats are the specification's; errors are the API's problem+json.
 */
@Tag(name = FeatureTags.OPEN311)
@RestController
@RequestMapping("/api/v1/open311/v2")
public class Open311Controller {

    private final ReportCategoryRepository categories;
    private final ProblemReportRepository reports;
    private final Open311Requests requests;
    private final Open311Filing filing;
    private final ReportAccess access;

    public Open311Controller(
            ReportCategoryRepository categories,
            ProblemReportRepository reports,
            Open311Requests requests,
            Open311Filing filing,
            ReportAccess access) {
        this.categories = categories;
        this.reports = reports;
        this.requests = requests;
        this.filing = filing;
        this.access = access;
    }

    @Operation(
            operationId = "geoReportServices",
            summary = "GeoReport v2: the services",
            description = "Every signed-in user. The report categories that take new reports, by code.")
    @ApiResponse(responseCode = "200", description = "the services")
    @GetMapping("/services.json")
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<Open311Service> services() {
        return categories.all().stream()
                .filter(category -> !category.retired())
                .map(category -> new Open311Service(
                        category.code(), category.name(), category.description(), false, "realtime", "", ""))
                .toList();
    }

    @Operation(
            operationId = "geoReportRequests",
            summary = "GeoReport v2: service requests",
            description = "The reports the caller may read (admins and auditors every one, staff their stations',"
                    + " a volunteer their own card's), newest first, at most 1,000. `service_request_id`"
                    + " (comma-delimited) overrides every other parameter. `start_date`/`end_date` (ISO 8601 with an"
                    + " offset, on `requested_datetime`, at most 90 days apart; without either, the last 90 days),"
                    + " `status` (`open`, `closed`, comma-delimited), `service_code` (comma-delimited). `status` is"
                    + " `closed` once a report is verified, rejected or a duplicate.")
    @ApiResponse(responseCode = "200", description = "the service requests")
    @GetMapping("/requests.json")
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<Open311Request> requests(
            @RequestParam(name = "service_request_id", required = false) String serviceRequestId,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            Authentication authentication) {
        return requests.find(
                Open311Query.of(serviceRequestId, startDate, endDate, status, serviceCode), user(authentication));
    }

    @Operation(
            operationId = "geoReportRequest",
            summary = "GeoReport v2: one service request",
            description = "As the specification, an array of one. Who may read the report (as `GET /reports/{id}`).")
    @ApiResponse(responseCode = "200", description = "the service request, in an array")
    @ProblemCodes({ProblemCode.REPORT_NOT_FOUND, ProblemCode.WRONG_STATION})
    @GetMapping("/requests/{serviceRequestId}.json")
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<Open311Request> request(@PathVariable String serviceRequestId, Authentication authentication) {
        access.mayRead(authentication, serviceRequestId);
        return List.of(requests.asRequest(reports.find(serviceRequestId)
                .orElseThrow(() -> org.pointsbank.api.report.ReportProblems.reportNotFound(serviceRequestId))));
    }

    @Operation(
            operationId = "geoReportFileRequest",
            summary = "GeoReport v2: file a service request",
            description = "A form (`application/x-www-form-urlencoded`): `service_code`, `lat` and `long` or"
                    + " `address_string`, `description`, `account_id` (the card; a volunteer's own when absent) and,"
                    + " an extension this service requires, `grid_cell_id` (the grid cell, which decides the"
                    + " handling station: coordinates do not). Filed as `POST /reports` is, by the card's volunteer,"
                    + " staff of its station or an admin. Other fields of the specification are ignored; nothing"
                    + " personal is kept. Without an Idempotency-Key the request is recorded under a key derived"
                    + " from the user and the form, so a retry of the same form records once.")
    @ApiResponse(
            responseCode = "201",
            description = "the new request, in an array",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Open311Receipt.class))))
    @ProblemCodes({
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.CARD_NOT_ACTIVE,
        ProblemCode.CATEGORY_NOT_FOUND,
        ProblemCode.CATEGORY_RETIRED,
        ProblemCode.GRID_CELL_NOT_FOUND,
        ProblemCode.NO_HANDLING_STATION
    })
    @ImplicitIdempotencyKey
    @PostMapping(path = "/requests.json", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @PreAuthorize("@access.maySignIn(authentication)")
    public ResponseEntity<String> file(
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "lat", required = false) String lat,
            @RequestParam(name = "long", required = false) String lon,
            @RequestParam(name = "address_string", required = false) String addressString,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "account_id", required = false) String accountId,
            @RequestParam(name = "grid_cell_id", required = false) String gridCellId,
            Authentication authentication) {
        return filing.file(
                new Open311Form(serviceCode, lat, lon, addressString, description, accountId, gridCellId),
                user(authentication));
    }

    private static LedgerUser user(Authentication authentication) {
        return (LedgerUser) authentication.getPrincipal();
    }
}
