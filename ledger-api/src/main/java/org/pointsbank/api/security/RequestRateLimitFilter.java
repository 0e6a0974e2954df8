package org.pointsbank.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes each signed-in request from its user's {@link UserRateLimit} bucket (one for both chains); past it, 429
 * RATE_LIMITED with Retry-After. Requests that are not signed in
 * take from their client address's {@link AnonymousRateLimit} instead. Per node, in memory.
 */
class RequestRateLimitFilter extends OncePerRequestFilter {

    private final UserRateLimit users;
    private final AnonymousRateLimit anonymous;
    private final Predicate<HttpServletRequest> unlimitedAnonymous;
    private final TooMany problems;

    /** How a chain answers a request over its limit: problem+json on the API, the 429 page on the pages. */
    @FunctionalInterface
    interface TooMany {
        void answer(HttpServletResponse response, Duration retryAfter, String detail) throws IOException;

        /** The pages' answer: Retry-After and the error page {@code error/429} in the page's language. */
        static TooMany page() {
            return (response, retryAfter, detail) -> {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
                response.sendError(429);
            };
        }
    }

    /** {@code unlimitedAnonymous}: anonymous requests that take no bucket (the benchmark's baseline endpoints). */
    RequestRateLimitFilter(
            UserRateLimit users,
            AnonymousRateLimit anonymous,
            Predicate<HttpServletRequest> unlimitedAnonymous,
            TooMany problems) {
        this.users = users;
        this.anonymous = anonymous;
        this.unlimitedAnonymous = unlimitedAnonymous;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            Optional<Duration> wait = users.take(user.username());
            if (wait.isPresent()) {
                problems.answer(
                        response, wait.get(), "more than " + users.perSecond() + " requests a second; slow down");
                return;
            }
        } else if (!unlimitedAnonymous.test(request)) {
            Optional<Duration> wait = anonymous.take(request.getRemoteAddr());
            if (wait.isPresent()) {
                problems.answer(
                        response,
                        wait.get(),
                        "more than " + anonymous.perSecond()
                                + " requests a second without signing in from this address; slow down");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
