package org.pointsbank.api.security;

import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * With {@code pointsbank.auth.mode=jwt}: a verified token names a stored user (by the
 * configured claim, {@code sub} by default); that user's role and scope apply, exactly as with
 * HTTP Basic. A token for an unknown or disabled user is refused (401).
 */
@Component
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UserAccounts accounts;
    private final String usernameClaim;

    JwtUserConverter(UserAccounts accounts, PointsBankProperties properties) {
        this.accounts = accounts;
        this.usernameClaim = properties.auth().usernameClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.getClaimAsString(usernameClaim);
        LedgerUser user = username == null ? null : accounts.find(username).orElse(null);
        if (user == null) {
            throw new UsernameNotFoundException("the token names no Points Bank user");
        }
        if (!user.enabled()) {
            throw new DisabledException("user is disabled");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }
}
