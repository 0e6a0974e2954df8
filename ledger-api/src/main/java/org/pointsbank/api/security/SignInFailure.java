package org.pointsbank.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused form sign-in goes back to the sign-in page with the reason as a code the page translates: {@code locked}
 * with the seconds to wait when the throttle or the rate limit refused ({@link SignInRefused}), else {@code wrong}
 * (which never says whether the user exists).
 */
final class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof SignInRefused locked) {
            long seconds = Math.max(1, locked.retryAfter().toSeconds());
            response.sendRedirect("/?error=locked&retry=" + seconds);
            return;
        }
        response.sendRedirect("/?error=wrong");
    }
}
