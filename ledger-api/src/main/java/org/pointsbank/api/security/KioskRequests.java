package org.pointsbank.api.security;

import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every request but the open ones needs a signed-in user; a {@link Role#KIOSK} gets only to the check-in code
 * endpoints, and 403 for any other request before a handler, a lookup or a rate of refusals could tell it anything.
 * Which station's codes it reads is decided by {@link AccessPolicy#mayReadCodes}.
 */
final class KioskRequests {

    /** The only requests a kiosk's credentials open. */
    static final RequestMatcher CODES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.GET, "/api/v1/stations/{stationId}/reading-room/code"),
            PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.GET, "/api/v1/activities/{activityId}/check-in-code"));

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private KioskRequests() {}

    /** Signed in, and no kiosk outside {@link #CODES}. */
    static AuthorizationManager<RequestAuthorizationContext> signedInKioskOnlyAtItsCodes() {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication user = authentication.get();
            if (!TRUST.isAuthenticated(user)) {
                return new AuthorizationDecision(false); // 401: sign in first
            }
            if (user.getPrincipal() instanceof LedgerUser signedIn && signedIn.is(Role.KIOSK)) {
                return new AuthorizationDecision(CODES.matches(context.getRequest()));
            }
            return new AuthorizationDecision(true);
        };
    }
}
