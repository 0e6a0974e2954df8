package org.pointsbank.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes problem+json from servlet filters, which run before Spring MVC's exception handling. */
@Component
public class ProblemResponses {

    private final ObjectMapper objectMapper;
    private final ProblemCounter counter;

    public ProblemResponses(ObjectMapper objectMapper, ProblemCounter counter) {
        this.objectMapper = objectMapper;
        this.counter = counter;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        counter.count(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    public void rateLimited(HttpServletResponse response, Duration retryAfter, String detail) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
        write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", detail));
    }

    /**
     * The database was not there to check the credentials (a sign-in whose password is not remembered): 503
     * {@code UNAVAILABLE} with {@code Retry-After}, as {@link DatabaseUnavailable} answers; nothing was recorded.
     */
    public void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "UNAVAILABLE",
                "the ledger's database cannot be reached to check your sign-in; nothing was recorded, try again later");
        problem.setProperty("outcome", DatabaseLost.Outcome.NOT_RECORDED.name());
        write(response, problem);
    }
}
