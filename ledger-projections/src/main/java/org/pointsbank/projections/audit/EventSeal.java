package org.pointsbank.projections.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An event row's seal: HMAC-SHA-256 over its canonical form ({@link ChainLink#canonical}) with a key the database
 * does not hold. Whoever can write to the database but does not know the key can neither seal a row of their own
 * nor edit a sealed row without the seal no longer matching it.
 */
public final class EventSeal {

    /** The shortest key accepted: 128 bits. */
    public static final int MIN_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public EventSeal(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a seal key must hold at least " + MIN_KEY_BYTES + " bytes, has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The seal of {@code event}, 64 hexadecimal digits. */
    public String of(StoredEvent event) {
        return HexFormat.of().formatHex(mac(ChainLink.canonical(event)));
    }

    /**
     * A seal with a key of its own for {@code purpose}: HMAC-SHA-256 of the purpose's name under this key. A seal
     * made with it never matches under this key (nor under another purpose's), and knowing it reveals nothing of
     * this key, so whatever it seals cannot pass for a sealed event.
     */
    public EventSeal derived(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a derived seal needs a purpose");
        }
        return new EventSeal(mac(purpose.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HMAC-SHA-256", e);
        }
    }

    /** Whether {@code seal} is the seal of {@code event} (compared in constant time). */
    public boolean matches(StoredEvent event, String seal) {
        return seal != null
                && MessageDigest.isEqual(
                        of(event).getBytes(StandardCharsets.US_ASCII),
                        seal.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
