package org.pointsbank.api.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * {@code pointsbank.http.problems{status,code}}: every problem+json answer, by its status and its stable code (a
 * bounded set: the codes are constants of the service, never a client's input). Counted where problems are written:
 * by Spring MVC ({@link ProblemCounting}) and by the filters ({@link ProblemResponses}).
 */
@Component
public class ProblemCounter {

    public static final String NAME = "pointsbank.http.problems";

    private final MeterRegistry registry;

    public ProblemCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(ProblemDetail problem) {
        Object code =
                problem.getProperties() == null ? null : problem.getProperties().get("code");
        Counter.builder(NAME)
                .description("problem+json answers by HTTP status and problem code")
                .tag("status", String.valueOf(problem.getStatus()))
                .tag("code", code instanceof String text ? text : "NONE")
                .register(registry)
                .increment();
    }
}
