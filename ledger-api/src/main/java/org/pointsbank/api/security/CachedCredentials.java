package org.pointsbank.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password with every request, and bcrypt makes each check cost tens of
 * milliseconds of CPU. A successful check is remembered for a short time under an HMAC of
 * the credentials (a key made at start-up and never stored), so a client sending the same
 * credentials again is authenticated at the cost of one HMAC. The stored hash stays bcrypt.
 * Changing a password or disabling a user forgets that user at once.
 */
@Component
public class CachedCredentials implements AuthenticationProvider {

    private record Entry(String username, Authentication authentication) {
    }

    private final DaoAuthenticationProvider passwords;
    private final Cache<String, Entry> verified;
    private final byte[] key = new byte[32];

    public CachedCredentials(UserAccounts accounts, PasswordEncoder encoder, PointsBankProperties properties) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(accounts);
        this.verified = Caffeine.newBuilder().expireAfterWrite(properties.auth().credentialCacheTtl())
                .maximumSize(10_000).build();
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String fingerprint = fingerprint(username, String.valueOf(authentication.getCredentials()));
        Entry known = verified.getIfPresent(fingerprint);
        if (known != null) {
            return known.authentication();
        }
        Authentication result = passwords.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(fingerprint, new Entry(username, result));
        }
        return result;
    }

    /** Forgets every remembered sign-in of this user (password changed, user disabled). */
    public void forget(String username) {
        verified.asMap().values().removeIf(entry -> entry.username().equals(username));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
