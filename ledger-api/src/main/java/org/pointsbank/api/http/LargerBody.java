package org.pointsbank.api.http;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A larger body limit than {@code pointsbank.limits.max-body-bytes} for the requests of one method and path pattern
 * (e.g. {@code POST /api/v1/reports/{reportId}/photos}); a feature declares it as a bean, and
 * {@link BodySizeLimitFilter} applies it to those requests only.
 */
public record LargerBody(String method, String pathPattern, int maxBytes) {

    public LargerBody {
        PathPatternParser.defaultInstance.parse(pathPattern);
    }

    boolean matches(HttpServletRequest request) {
        if (!method.equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        PathPattern pattern = PathPatternParser.defaultInstance.parse(pathPattern);
        return pattern.matches(PathContainer.parsePath(request.getRequestURI()));
    }
}
