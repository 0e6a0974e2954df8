package org.pointsbank.api.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any password check: its (username, address) pair is locked, or its client address
 * sent too many requests that need one. The entry point answers 429 RATE_LIMITED with Retry-After. It is no
 * failed password check, so it counts as none.
 */
class SignInRefused extends AuthenticationException {

    private final transient Duration retryAfter;

    SignInRefused(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
