package org.pointsbank.api.pages.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.pointsbank.api.report.AcceptReportRequest;
import org.pointsbank.api.report.DispatchReportRequest;
import org.pointsbank.api.report.MarkDuplicateRequest;
import org.pointsbank.api.report.RejectReportRequest;
import org.pointsbank.api.report.ResolveReportRequest;
import org.pointsbank.api.report.VerifyReportRequest;

/**
 * The step forms of the desk's report page, as the browser sends them: an empty field is "not given" (the API's
 * records take an absent note, not an empty one). Each turns into the API's own request record, which is what is
 * validated and what identifies "the same request" to the idempotency store.
 */
final class ReportForms {

    private ReportForms() {}

    record AcceptForm(String note) {
        AcceptReportRequest request() {
            return new AcceptReportRequest(given(note));
        }
    }

    record RejectForm(String reason) {
        RejectReportRequest request() {
            return new RejectReportRequest(given(reason));
        }
    }

    record DuplicateForm(String ofReportId, String note) {
        MarkDuplicateRequest request() {
            return new MarkDuplicateRequest(given(ofReportId), given(note));
        }
    }

    /**
     * {@code dueOn}: a day from {@code <input type="date">} (ISO), or empty for none; the dispatch is due by its last
     * second in the business zone. Kept as text and parsed here, so that a value that is no date is a refusal of
     * the field ({@link #dueBy}) rather than a failed binding.
     */
    record DispatchForm(String assignee, String dueOn) {
        DispatchReportRequest request(ZoneId zone) {
            LocalDate day = dueDay();
            Instant dueBy = day == null
                    ? null
                    : day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
            return new DispatchReportRequest(given(assignee), dueBy);
        }

        /** Null for none; {@link DateTimeParseException} for text that is no ISO date. */
        LocalDate dueDay() {
            String day = given(dueOn);
            return day == null ? null : LocalDate.parse(day);
        }
    }

    record ResolveForm(String outcome, String feedback) {
        ResolveReportRequest request() {
            return new ResolveReportRequest(given(outcome), given(feedback));
        }
    }

    record VerifyForm(String verdict, String note) {
        VerifyReportRequest request() {
            return new VerifyReportRequest(given(verdict), given(note));
        }
    }

    static String given(String field) {
        return field == null || field.isBlank() ? null : field.strip();
    }
}
