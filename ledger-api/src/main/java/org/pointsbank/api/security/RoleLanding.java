package org.pointsbank.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a form sign-in: the session keeps the user without the password hash, and the user lands where their role
 * works ({@link #home}), or on the page they asked for before signing in (a scanned check-in URL) when their role may
 * open it.
 */
final class RoleLanding implements AuthenticationSuccessHandler {

    private final RequestCache saved;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RoleLanding(RequestCache saved) {
        this.saved = saved;
    }

    /** The page chain's cache of the request that sent a person to sign in; its URL carries no marker parameter. */
    static RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication signedIn) throws IOException {
        if (!(signedIn.getPrincipal() instanceof LedgerUser user)) {
            response.sendRedirect("/");
            return;
        }
        LedgerUser kept = user.withoutHash();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken stripped =
                UsernamePasswordAuthenticationToken.authenticated(kept, null, kept.getAuthorities());
        stripped.setDetails(signedIn.getDetails());
        context.setAuthentication(stripped);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);

        String home = home(kept.role());
        SavedRequest asked = saved.getRequest(request, response);
        saved.removeRequest(request, response);
        String target = home;
        if (asked != null) {
            String path = java.net.URI.create(asked.getRedirectUrl()).getRawPath();
            String query = java.net.URI.create(asked.getRedirectUrl()).getRawQuery();
            if (path != null && mayOpen(kept.role(), path)) {
                target = path + (query == null ? "" : "?" + query); // same origin: the path only, never a host
            }
        }
        response.sendRedirect(target);
    }

    /** The page areas a role may open, as {@link PageSecurityConfig} grants them. */
    static boolean mayOpen(Role role, String path) {
        java.util.List<String> areas = switch (role) {
            case ADMIN -> java.util.List.of("/desk", "/audit", "/kiosk");
            case STAFF -> java.util.List.of("/desk", "/kiosk");
            case VOLUNTEER -> java.util.List.of("/me");
            case AUDITOR -> java.util.List.of("/audit");
            case KIOSK -> java.util.List.of("/kiosk");
        };
        return areas.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"));
    }

    /** Where each role works. */
    static String home(Role role) {
        return switch (role) {
            case STAFF, ADMIN -> "/desk";
            case VOLUNTEER -> "/me";
            case AUDITOR -> "/audit";
            case KIOSK -> "/kiosk";
        };
    }
}
