package org.pointsbank.api.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.input.LedgerTimeRange;
import org.springframework.http.HttpStatus;

/**
 * The parameters of GeoReport v2's {@code GET requests}: {@code service_request_id} (comma-delimited, and then every
 * other parameter is ignored, as the specification has it), {@code start_date} and {@code end_date} (ISO 8601 with
 * an offset, at most 90 days apart; one alone reaches 90 days from it, none means the last 90 days), {@code status}
 * ({@code open}, {@code closed} or both, comma-delimited) and {@code service_code} (comma-delimited). {@code null}:
 * any. Refusals are 400 VALIDATION_FAILED naming the parameter.
 */
record Open311Query(List<String> ids, Instant start, Instant end, Set<String> statuses, Set<String> serviceCodes) {

    static final int MAX_DAYS = 90;
    private static final Set<String> STATUSES = Set.of("open", "closed");

    static Open311Query of(String ids, String startDate, String endDate, String status, String serviceCode) {
        if (ids != null) {
            return new Open311Query(list(ids, "service_request_id"), null, null, null, null);
        }
        Instant start = datetime(startDate, "start_date");
        Instant end = datetime(endDate, "end_date");
        if (start != null && end == null) {
            end = start.plus(Duration.ofDays(MAX_DAYS));
        }
        if (end != null && start == null) {
            start = end.minus(Duration.ofDays(MAX_DAYS));
        }
        if (start != null && end.isBefore(start)) {
            throw invalid("end_date", "end_date is before start_date");
        }
        if (start != null && Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw invalid("end_date", "start_date and end_date may be at most " + MAX_DAYS + " days apart");
        }
        Set<String> statuses = status == null ? null : Set.copyOf(list(status, "status"));
        if (statuses != null && !STATUSES.containsAll(statuses)) {
            throw invalid("status", "status is open, closed, or both comma-delimited");
        }
        Set<String> codes = serviceCode == null ? null : Set.copyOf(list(serviceCode, "service_code"));
        return new Open311Query(null, start, end, statuses, codes);
    }

    private static List<String> list(String value, String name) {
        List<String> items =
                Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (items.stream().anyMatch(String::isEmpty)) {
            throw invalid(name, name + " is a comma-delimited list without empty items");
        }
        return items;
    }

    private static Instant datetime(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return LedgerTimeRange.checked(OffsetDateTime.parse(value).toInstant());
        } catch (LedgerTimeRange.OutOfRange e) {
            throw invalid(name, name + " " + e.reason());
        } catch (DateTimeParseException e) {
            throw invalid(
                    name, name + " must be an ISO 8601 datetime with an offset, such as 2026-12-01T00:00:00+08:00");
        }
    }

    private static ApiException invalid(String name, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message, name);
    }
}
