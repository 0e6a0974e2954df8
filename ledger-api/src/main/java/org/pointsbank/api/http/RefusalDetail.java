package org.pointsbank.api.http;

import jakarta.servlet.http.HttpServletRequest;
import org.pointsbank.core.shared.RuleViolation;

/**
 * The detail a refused request is told about the rule it broke. {@link ProblemHandler} asks; the security feature
 * answers (it hides what the caller may not read), so this package names no feature.
 */
public interface RefusalDetail {

    String detail(RuleViolation violation, HttpServletRequest request);
}
