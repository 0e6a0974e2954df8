package org.pointsbank.api.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.projections.report.ReportCursor;
import org.springframework.http.HttpStatus;

/** The opaque {@code cursor} of a list of reports: where the previous page stopped (submission instant, id). */
final class ReportCursors {

    private ReportCursors() {}

    static String encode(ReportCursor cursor) {
        String raw = cursor.submittedAt().toString() + "|" + cursor.reportId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for none; 400 VALIDATION_FAILED naming {@code cursor} for one this service did not write. */
    static ReportCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new ReportCursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (RuntimeException notOurs) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "cursor is not one this service gave", "cursor");
        }
    }
}
