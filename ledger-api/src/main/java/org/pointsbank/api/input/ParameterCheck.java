package org.pointsbank.api.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.pointsbank.api.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Path variables, query parameters and the headers the service reads, for every endpoint before its handler
 * runs: printable text of at most {@link PrintableText#MAX_PARAMETER} characters ({@code Accept}: 1,000), else
 * 400 {@code VALIDATION_FAILED} naming the parameter.
 */
public class ParameterCheck implements HandlerInterceptor {

    /** Read by the service; {@code Idempotency-Key} is held to visible ASCII besides, where it is used. */
    private static final Map<String, Integer> HEADERS = Map.of(
            "Idempotency-Key", PrintableText.MAX_PARAMETER,
            "X-Correlation-Id", PrintableText.MAX_PARAMETER,
            "Accept", 1_000);

    private final boolean checkCharacters;

    public ParameterCheck(boolean checkCharacters) {
        this.checkCharacters = checkCharacters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value),
                    PrintableText.MAX_PARAMETER));
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check("query parameter name", parameter.getKey(), PrintableText.MAX_PARAMETER);
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, PrintableText.MAX_PARAMETER);
            }
        }
        HEADERS.forEach((name, max) -> {
            for (String value : java.util.Collections.list(request.getHeaders(name))) {
                check(name, value, max);
            }
        });
        return true;
    }

    private void check(String name, String value, int maxLength) {
        String refusal = PrintableText.refusal(value, maxLength, checkCharacters);
        if (refusal != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", name + " " + refusal, name);
        }
    }
}
