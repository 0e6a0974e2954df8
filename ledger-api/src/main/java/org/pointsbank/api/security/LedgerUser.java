package org.pointsbank.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with their scope: the stations a staff member works at, the one station a
 * kiosk stands at, the card a volunteer holds. The principal of every authenticated request, whatever the sign-in method.
 *
 * @param stamp the account's {@code app_user.stamp} when it was read: new at every change of the password, role,
 *              scope or enabled flag, so what an instance remembered of the user is known to be out of date when the
 *              stored stamp differs ({@link AccountChanges})
 */
public record LedgerUser(
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        Set<String> stationIds,
        String cardId,
        long stamp)
        implements UserDetails {

    /** No stamp read: a user that was never stored (tests), or one no remembered check may rely on. */
    public static final long NO_STAMP = -1;

    public LedgerUser {
        stationIds = Set.copyOf(stationIds);
    }

    public LedgerUser(
            String username, String passwordHash, Role role, boolean enabled, Set<String> stationIds, String cardId) {
        this(username, passwordHash, role, enabled, stationIds, cardId, NO_STAMP);
    }

    /** The same user without the password hash: what a session keeps (a session must never hold the hash). */
    public LedgerUser withoutHash() {
        return new LedgerUser(username, "", role, enabled, stationIds, cardId, stamp);
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /** Staff of {@code stationId}; no station (a form sent without one) is no one's. */
    public boolean worksAt(String stationId) {
        return role == Role.STAFF && stationId != null && stationIds.contains(stationId);
    }

    /** A kiosk bound to {@code stationId} (a kiosk is bound to exactly one station). */
    public boolean isKioskOf(String stationId) {
        return role == Role.KIOSK && stationId != null && stationIds.contains(stationId);
    }

    public boolean holds(String card) {
        return role == Role.VOLUNTEER && cardId != null && cardId.equals(card);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never the hash: records print every component. */
    @Override
    public String toString() {
        return "LedgerUser[" + username + ", " + role + "]";
    }
}
