package org.pointsbank.api.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import org.pointsbank.api.http.LedgerCommands;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A request that changes something ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/})
 * without a JSON body must carry an {@code Idempotency-Key}, or it is refused with 400 IDEMPOTENCY_KEY_REQUIRED before
 * its handler runs. The header is what a page on another site cannot send: a cross-site form sets no headers, and
 * a cross-site script that tries must pass a CORS preflight, which this service grants to no origin. So a browser
 * that has cached Basic credentials cannot be made to disable a user, rebuild a projection, retry dead letters or
 * erase a holder by a forged request. A request with a required JSON body is unforgeable already (a form cannot
 * send {@code application/json}: any other content type is 415 before the handler runs), so the API's
 * key-less requests with a body ({@code POST /stations}, {@code POST /users}, a password change) stay as they were;
 * those that change the ledger require the key anyway ({@link IdempotentRequests}). An {@link ImplicitIdempotencyKey}
 * handler (Open311's form POST) checks the key itself: without one it is refused when a browser sent it.
 */
public class IdempotencyKeyCheck implements HandlerInterceptor {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && CHANGING.contains(request.getMethod())
                && !takesJsonBody(method)
                && !method.hasMethodAnnotation(ImplicitIdempotencyKey.class)) {
            IdempotentRequests.requireValid(request.getHeader(LedgerCommands.IDEMPOTENCY_KEY_HEADER));
        }
        return true;
    }

    /** Whether the handler changes something: mapped to a changing HTTP method. */
    static boolean changes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(m -> CHANGING.contains(m.name()));
    }

    /** Whether the handler needs a JSON body (a required {@code @RequestBody}). */
    static boolean takesJsonBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .map(p -> p.getParameterAnnotation(RequestBody.class))
                .anyMatch(body -> body != null && body.required());
    }
}
