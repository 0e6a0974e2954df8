package org.pointsbank.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.DatabaseFailures;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password with every request, and bcrypt makes each check cost tens of
 * milliseconds of CPU. A successful check is remembered for a short time under an HMAC of
 * the credentials (a key made at start-up and never stored), so a client sending the same
 * credentials again is authenticated at the cost of one HMAC. The stored hash stays bcrypt.
 * Changing a password or disabling a user forgets that user at once on the instance that made the change, and within
 * {@code pointsbank.auth.account-poll-interval} on every other one ({@link AccountChanges}, {@link #changed}).
 * <p>
 * Two things keep bcrypt off the requests' critical path: concurrent requests with the same unknown
 * credentials wait for one check instead of each running their own (16 clients of one account missed the
 * cache together every minute and ran 16 bcrypts at once, the credits' worst latencies in
 * docs/performance.md), and a remembered check older than half its lifetime is repeated in the background
 * while the request goes on, so a busy client never meets an expired entry.
 * <p>
 * Every password sign-in passes here with the very token the Basic filter decoded (so no credential the
 * authentication accepts escapes the throttle) and with the client address in its details: a locked
 * (username, address) pair is refused before anything else, remembered or not ({@link SignInThrottle}); a check
 * that is not remembered takes a request of the address's {@link AnonymousRateLimit} before bcrypt runs.
 */
@Component
public class CachedCredentials implements AuthenticationProvider, DisposableBean {

    /** A verified sign-in; {@code stamp} is the account's as read for the check ({@link LedgerUser#stamp()}). */
    private record Entry(String username, long stamp, Authentication authentication, long verifiedAt) {}

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AnonymousRateLimit anonymous;
    private final Cache<String, Entry> verified;
    private final ConcurrentHashMap<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final ExecutorService background;
    private final long refreshAfterNanos;
    private final LongSupplier nanoTime;
    private final byte[] key = new byte[32];

    @Autowired
    public CachedCredentials(
            UserAccounts accounts,
            PasswordEncoder encoder,
            PointsBankProperties properties,
            SignInThrottle throttle,
            AnonymousRateLimit anonymous) {
        this(dao(accounts, encoder), properties.auth().credentialCacheTtl(), System::nanoTime, throttle, anonymous);
    }

    CachedCredentials(
            AuthenticationProvider passwords,
            Duration ttl,
            LongSupplier nanoTime,
            SignInThrottle throttle,
            AnonymousRateLimit anonymous) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.anonymous = anonymous;
        this.verified =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
        this.refreshAfterNanos = ttl.toNanos() / 2;
        this.nanoTime = nanoTime;
        this.background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "credential-refresh");
            thread.setDaemon(true);
            return thread;
        });
        new SecureRandom().nextBytes(key);
    }

    private static AuthenticationProvider dao(UserAccounts accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(encoder);
        dao.setUserDetailsService(accounts);
        return dao;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        Optional<Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new SignInRefused(
                    "too many failed sign-ins for this user from this address; try again later", locked.get());
        }
        String password = String.valueOf(authentication.getCredentials());
        String fingerprint = fingerprint(username, password);
        Entry known = verified.getIfPresent(fingerprint);
        if (known != null) {
            throttle.succeeded(username, address);
            if (nanoTime.getAsLong() - known.verifiedAt() > refreshAfterNanos && refreshing.add(fingerprint)) {
                background.execute(() -> {
                    try {
                        check(fingerprint, UsernamePasswordAuthenticationToken.unauthenticated(username, password));
                    } catch (RuntimeException refused) {
                        if (!DatabaseFailures.lost(refused)) {
                            // disabled or changed meanwhile: ask again next time. A database that is gone says
                            // nothing about the account: the remembered check stands until it expires.
                            verified.invalidate(fingerprint);
                        }
                    } finally {
                        refreshing.remove(fingerprint);
                    }
                });
            }
            return known.authentication();
        }
        Optional<Duration> wait = anonymous.take(address);
        if (wait.isPresent()) {
            throw new SignInRefused(
                    "more than " + anonymous.perSecond() + " sign-ins a second from this address; slow down",
                    wait.get());
        }
        try {
            Authentication result = check(fingerprint, authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    /** As the Basic filter saw it: {@code request.getRemoteAddr()} (behind a trusted proxy, its forwarded client). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "";
    }

    /** One bcrypt per fingerprint at a time: whoever comes while it runs gets its answer. */
    private Authentication check(String fingerprint, Authentication authentication) {
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = checking.putIfAbsent(fingerprint, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                verified.put(
                        fingerprint, new Entry(authentication.getName(), stamp(result), result, nanoTime.getAsLong()));
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(fingerprint, mine);
        }
    }

    /** Forgets every remembered sign-in of this user (password changed, user disabled). */
    public void forget(String username) {
        verified.asMap().values().removeIf(entry -> entry.username().equals(username));
    }

    /**
     * The stored account of {@code username} now has {@code stamp}: forgets the sign-ins of this user that were
     * checked against another one (an older password, role or scope). Told again and again for a while after each
     * change, so a check that was running when the change came in is forgotten at the next telling.
     */
    public void changed(String username, long stamp) {
        verified.asMap().values().removeIf(entry -> entry.username().equals(username) && entry.stamp() != stamp);
    }

    private static long stamp(Authentication result) {
        return result.getPrincipal() instanceof LedgerUser user ? user.stamp() : LedgerUser.NO_STAMP;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
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
