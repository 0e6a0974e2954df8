package org.pointsbank.api.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer when the ledger's database is not there: 503 {@code UNAVAILABLE} with {@code Retry-After} and an
 * {@code outcome} that says whether the request may have been recorded ({@link DatabaseLost.Outcome}), so a client
 * knows whether sending it again is safe. Answered by {@link ProblemHandler}'s handlers.
 */
final class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private DatabaseUnavailable() {}

    /** A database failure met by a request: too slow, never reached, or lost while it ran. */
    static ResponseEntity<ProblemDetail> answer(Exception e, HttpServletRequest request) {
        if (DatabaseTimeLimits.reached(e)) {
            return tookTooLong(e);
        }
        boolean nothingWritten = DatabaseFailures.neverConnected(e) || SAFE_METHODS.contains(request.getMethod());
        return unavailable(
                e,
                nothingWritten ? DatabaseLost.Outcome.NOT_RECORDED : DatabaseLost.Outcome.UNKNOWN,
                request.getAttribute(DatabaseLost.RECORDED_UNDER_KEY) != null);
    }

    /** Lost in a ledger-changing request's transaction, before its commit or while it ran. */
    static ResponseEntity<ProblemDetail> lost(DatabaseLost e) {
        return unavailable(e, e.outcome(), true);
    }

    private static ResponseEntity<ProblemDetail> unavailable(Exception e, DatabaseLost.Outcome outcome, boolean keyed) {
        log.warn("Database unavailable ({}): {}", outcome, e.getMessage());
        String detail = outcome == DatabaseLost.Outcome.NOT_RECORDED
                ? "the ledger's database cannot be reached; nothing was recorded, try again later"
                : !keyed
                        ? "the ledger's database was lost while this request ran, so whether it took effect is "
                                + "unknown; look before sending it again"
                        : "the ledger's database was lost while this request was being recorded, so whether it was "
                                + "recorded is unknown; sending it again with the same Idempotency-Key is safe: it answers "
                                + "the recorded response if it was recorded, and records it once if it was not";
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", detail);
        problem.setProperty("outcome", outcome.name());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /**
     * The database's own time limits (V11): a statement cancelled by statement_timeout (57014) or a
     * lock not had within lock_timeout (55P03). The service's limit under load, not a bug: 503 with
     * Retry-After, like an unreachable database. The transaction was rolled back.
     */
    private static ResponseEntity<ProblemDetail> tookTooLong(Exception e) {
        log.warn("Database time limit reached: {}", e.getMessage());
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "UNAVAILABLE",
                "the ledger's database did not answer within its time limit; nothing was recorded, try again later");
        problem.setProperty("outcome", DatabaseLost.Outcome.NOT_RECORDED.name());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
