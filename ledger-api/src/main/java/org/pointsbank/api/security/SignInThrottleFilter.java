package org.pointsbank.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses, before any password check, a Basic sign-in of a username that {@link SignInThrottle} locked. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> locked = basicUsername(request).flatMap(throttle::lockedFor);
        if (locked.isPresent()) {
            problems.rateLimited(response, locked.get(), "too many failed sign-ins for this user; try again later");
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
