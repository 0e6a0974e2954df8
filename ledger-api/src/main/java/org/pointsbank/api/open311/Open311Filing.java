package org.pointsbank.api.open311;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.ImplicitKeys;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.report.ReportLocation;
import org.pointsbank.api.report.ReportSubmission;
import org.pointsbank.api.report.SubmitReportRequest;
import org.pointsbank.api.report.SubmittedReport;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Files a GeoReport v2 service request as a problem report, through the reports' own submission (the same rules,
 * refusals and event as {@code POST /reports}), once per key: the {@code Idempotency-Key} if the client sent one,
 * else one derived from the user and the form ({@link ImplicitKeys}), so that an Open311 client's retry of the same
 * form records one report.
 */
@Component
class Open311Filing {

    /** The form's field names, for the refusals: the request's names are the API's. */
    private static final Map<String, String> FIELDS = Map.of(
            "categoryCode", "service_code",
            "gridCellId", "grid_cell_id",
            "description", "description",
            "cardId", "account_id",
            "location.lat", "lat",
            "location.lon", "long",
            "address", "address_string");

    private static final Pattern DEGREES = Pattern.compile("[-+]?[0-9]{1,3}(\\.[0-9]{1,15})?");

    private final ReportSubmission submission;
    private final IdempotentRequests idempotency;
    private final StationRepository stations;
    private final Validator validator;
    private final HttpServletRequest httpRequest;

    Open311Filing(
            ReportSubmission submission,
            IdempotentRequests idempotency,
            StationRepository stations,
            Validator validator,
            HttpServletRequest httpRequest) {
        this.submission = submission;
        this.idempotency = idempotency;
        this.stations = stations;
        this.validator = validator;
        this.httpRequest = httpRequest;
    }

    ResponseEntity<String> file(Open311Form form, LedgerUser user) {
        SortedMap<String, List<String>> fields = new TreeMap<>();
        httpRequest.getParameterMap().forEach((name, values) -> fields.put(name, List.of(values)));
        String key = ImplicitKeys.keyFor(httpRequest, fields);
        SubmitReportRequest request = asReport(form, user);
        // a refusal of the web layer names the form's field; a rule of the core (CATEGORY_RETIRED, CARD_NOT_ACTIVE)
        // goes to the API's problem mapping as it is, with the redaction of details that mapping applies
        try {
            return record(fields, key, request, user);
        } catch (ApiException refused) {
            throw new ApiException(refused.status(), refused.code(), refused.getMessage(), formField(refused.field()));
        }
    }

    private ResponseEntity<String> record(
            SortedMap<String, List<String>> fields, String key, SubmitReportRequest request, LedgerUser user) {
        return idempotency.execute(fields, key, () -> {
            SubmittedReport report = submission.submit(request, user);
            String station =
                    stations.find(report.stationId()).map(StationRow::name).orElse(report.stationId());
            return LedgerResponse.created(List.of(new Open311Receipt(
                    report.reportId(), "Reported to " + station + ", which handles problems in this grid cell.")));
        });
    }

    /** The form as a report, checked as {@code POST /reports} checks its body (400 naming the form's field). */
    private SubmitReportRequest asReport(Open311Form form, LedgerUser user) {
        if (form.gridCellId() == null) {
            throw invalid(
                    "grid_cell_id",
                    "grid_cell_id is required: this service places a request in its grid, not by coordinates");
        }
        if ((form.lat() == null) != (form.lon() == null)) {
            throw invalid(form.lat() == null ? "lat" : "long", "lat and long come together");
        }
        if (form.lat() == null && form.addressString() == null) {
            throw invalid("lat", "a location is required: lat and long, or address_string");
        }
        String card = form.accountId() != null ? form.accountId() : user.cardId();
        if (card == null) {
            throw invalid("account_id", "account_id is required: the card the report is filed on");
        }
        ReportLocation location =
                form.lat() == null ? null : new ReportLocation(degrees(form.lat(), "lat"), degrees(form.lon(), "long"));
        SubmitReportRequest request = new SubmitReportRequest(
                form.serviceCode(), form.gridCellId(), form.description(), card, location, form.addressString());
        validator.validate(request).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(Open311Filing::refuse);
        return request;
    }

    private static void refuse(ConstraintViolation<SubmitReportRequest> violation) {
        String field = formField(violation.getPropertyPath().toString());
        throw invalid(field, field + " " + violation.getMessage());
    }

    /** The form's name of a field of {@code POST /reports}, so that refusals name what the client sent. */
    private static String formField(String field) {
        return field == null ? null : FIELDS.getOrDefault(field, field);
    }

    /** Plain decimal degrees (Java's own parsing would also take {@code 1e2}, {@code 0x1p3}, {@code NaN}). */
    private static Double degrees(String value, String field) {
        if (!DEGREES.matcher(value).matches()) {
            throw invalid(field, field + " must be a decimal number of degrees");
        }
        return Double.parseDouble(value);
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message, field);
    }
}
