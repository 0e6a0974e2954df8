package org.pointsbank.api.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.pointsbank.api.http.LedgerCommands;

/**
 * The key of a request of an {@link ImplicitIdempotencyKey} handler: the {@code Idempotency-Key} it sent, else
 * {@code form-sha256:} and the SHA-256 of its form fields in a canonical order (names sorted, each value
 * URL-encoded). Keys are scoped to the signed-in user ({@link IdempotencyStore}), so a client's retry of the same
 * form is answered as the first one was and records nothing new, while another user's same form is their own.
 */
public final class ImplicitKeys {

    static final String PREFIX = "form-sha256:";

    private ImplicitKeys() {}

    /** The key to record {@code request} under; 400 IDEMPOTENCY_KEY_REQUIRED for a key-less browser form. */
    public static String keyFor(HttpServletRequest request, SortedMap<String, List<String>> form) {
        String given = request.getHeader(LedgerCommands.IDEMPOTENCY_KEY_HEADER);
        if (given != null) {
            IdempotentRequests.requireValid(given);
            return given;
        }
        if (request.getHeader("Origin") != null) {
            IdempotentRequests.requireValid(null); // a browser's form, perhaps a forged one: it must send the key
        }
        return PREFIX + sha256(canonical(form));
    }

    static String canonical(SortedMap<String, List<String>> form) {
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            for (String value : field.getValue()) {
                canonical
                        .append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return canonical.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
