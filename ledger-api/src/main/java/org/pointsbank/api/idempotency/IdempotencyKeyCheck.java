package org.pointsbank.api.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every request that changes something ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/}) must carry an {@code Idempotency-Key}, or it is refused with 400 IDEMPOTENCY_KEY_REQUIRED before
 * its handler runs. Besides making retries safe where {@link IdempotentRequests} records the answer, the header is
 * what a page on another site cannot send: a cross-site form sets no headers, and a cross-site script that tries
 * must pass a CORS preflight, which this service grants to no origin. So a browser that has cached Basic
 * credentials cannot be made to disable a user, rebuild a projection or erase a holder by a forged request.
 */
public class IdempotencyKeyCheck implements HandlerInterceptor {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod && CHANGING.contains(request.getMethod())) {
            IdempotentRequests.requireValid(request.getHeader(IdempotentRequests.KEY_HEADER));
        }
        return true;
    }
}
