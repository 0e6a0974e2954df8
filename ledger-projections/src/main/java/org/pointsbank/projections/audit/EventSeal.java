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
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(ChainLink.canonical(event)));
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
