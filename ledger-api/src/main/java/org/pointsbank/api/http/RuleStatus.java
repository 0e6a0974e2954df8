package org.pointsbank.api.http;

import org.pointsbank.core.shared.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of a refused rule, one mapping for the API's problem+json ({@link ProblemHandler}) and the pages'
 * refusals alike, so a page and the API never disagree about what a refusal is.
 */
public final class RuleStatus {

    private RuleStatus() {}

    public static HttpStatus of(RuleViolation violation) {
        return switch (violation.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STATE_CONFLICT -> HttpStatus.CONFLICT;
            case RULE_REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case GONE -> HttpStatus.GONE;
        };
    }
}
