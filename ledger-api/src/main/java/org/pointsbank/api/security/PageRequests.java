package org.pointsbank.api.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The page chain's rule for paths no role rule names: signed in, and never a kiosk (it has only {@code /kiosk/**}). */
final class PageRequests {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private PageRequests() {}

    static AuthorizationManager<RequestAuthorizationContext> signedInNoKiosk() {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication user = authentication.get();
            if (!TRUST.isAuthenticated(user)) {
                return new AuthorizationDecision(false); // to the sign-in page
            }
            return new AuthorizationDecision(
                    !(user.getPrincipal() instanceof LedgerUser signedIn && signedIn.is(Role.KIOSK)));
        };
    }
}
