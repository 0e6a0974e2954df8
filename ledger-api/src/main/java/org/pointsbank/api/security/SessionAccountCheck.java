package org.pointsbank.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session keeps the user as they were at sign-in. On every page request this reloads the account and drops
 * the session when the user was disabled, removed, their role, stations or card changed since, or any other change
 * gave the account a new stamp (a new password): the next request is anonymous and goes to the sign-in page. The
 * account is read from the database, so a change made on any instance ends the sessions on every instance at their
 * next request.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    private final UserAccounts accounts;

    SessionAccountCheck(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof LedgerUser kept) {
            Optional<LedgerUser> now = accounts.find(kept.username());
            if (now.isEmpty() || !unchanged(kept, now.get())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean unchanged(LedgerUser kept, LedgerUser now) {
        return now.enabled()
                && now.stamp() == kept.stamp()
                && now.role() == kept.role()
                && now.stationIds().equals(kept.stationIds())
                && java.util.Objects.equals(now.cardId(), kept.cardId());
    }
}
