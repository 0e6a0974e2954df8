package org.pointsbank.api.checkin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pointsbank.api.config.PointsBankProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Rotating check-in codes, one sequence per scope ({@code activity:<activityId>}, {@code
 * reading-room:<stationId>}). The code of interval {@code n} (the ledger's clock divided into {@code
 * pointsbank.check-in.interval}s) is HMAC-SHA256 of {@code n} under the scope's key, truncated as RFC 4226 does to
 * {@value #DIGITS} digits; the scope's key is HMAC-SHA256 of the scope under the master key, so no secret is ever
 * written to an event or a table. A code is accepted in its interval and the next one: at 30 s a photographed code
 * stops working within a minute.
 */
@Component
public class CheckInCodes {

    /** Digits, not letters: typed on any phone's number pad, no 0/O or 1/l to mistake, like authenticator codes. */
    public static final int DIGITS = 8;

    private static final String HMAC = "HmacSHA256";
    private static final int MODULUS = 100_000_000;
    private static final Pattern SCOPE = Pattern.compile("(activity|reading-room):[^\\s:]{1,200}");
    private static final Pattern CODE = Pattern.compile("[0-9]{" + DIGITS + "}");
    private static final Pattern TYPED_SEPARATORS = Pattern.compile("[\\s-]");

    private final byte[] masterKey;
    private final long intervalMillis;
    private final Clock clock;
    private final WrongCodeLimit wrongCodes;

    @Autowired
    public CheckInCodes(PointsBankProperties properties, Clock clock) {
        this(CheckInMasterKey.of(properties), properties.checkIn().interval(), clock);
    }

    CheckInCodes(byte[] masterKey, Duration interval, Clock clock) {
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalStateException("pointsbank.check-in.interval must be at least one second, is " + interval);
        }
        this.masterKey = masterKey.clone();
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
        this.wrongCodes = new WrongCodeLimit(clock);
    }

    /** The scope of an activity's codes. */
    public static String activityScope(String activityId) {
        return "activity:" + activityId;
    }

    /** The scope of a station's reading-room door. */
    public static String readingRoomScope(String stationId) {
        return "reading-room:" + stationId;
    }

    /** The code {@code scope} shows now and when the next one replaces it. */
    public CheckInCode current(String scope) {
        long interval = intervalAt(clock.instant());
        return new CheckInCode(code(scopeKey(scope), interval), Instant.ofEpochMilli((interval + 1) * intervalMillis));
    }

    /**
     * Whether {@code code} is the code of {@code scope} in the current or the previous interval; spaces and dashes a
     * person typed are ignored, anything else that is not {@value #DIGITS} digits is refused. Both intervals are
     * compared in constant time, so the answer's timing tells nothing about the code.
     */
    /**
     * As {@link #accepts(String, String)} for a code {@code who} typed or scanned, counting the wrong ones: after
     * too many in a few minutes, the account's checks are refused with 429 {@code RATE_LIMITED} (see
     * {@link WrongCodeLimit}).
     */
    public boolean acceptsFrom(String who, String scope, String code) {
        wrongCodes.requireAllowed(who);
        boolean accepted = accepts(scope, code);
        if (!accepted) {
            wrongCodes.recordWrong(who);
        }
        return accepted;
    }

    public boolean accepts(String scope, String code) {
        byte[] key = scopeKey(scope);
        if (!wellFormed(code)) {
            return false;
        }
        String typed = TYPED_SEPARATORS.matcher(code).replaceAll("");
        long interval = intervalAt(clock.instant());
        byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
        boolean current = MessageDigest.isEqual(given, bytes(code(key, interval)));
        boolean previous = MessageDigest.isEqual(given, bytes(code(key, interval - 1)));
        return current | previous;
    }

    /**
     * Whether {@code code} has the shape of a code ({@value #DIGITS} digits, with the spaces and dashes a person may
     * type), without telling whether it is any scope's code: what a page may check before it offers the one-tap
     * button, leaving the judgement of the secret to {@link #acceptsFrom}.
     */
    public static boolean wellFormed(String code) {
        return code != null
                && code.length() <= 4 * DIGITS
                && CODE.matcher(TYPED_SEPARATORS.matcher(code).replaceAll("")).matches();
    }

    private long intervalAt(Instant instant) {
        return Math.floorDiv(instant.toEpochMilli(), intervalMillis);
    }

    private byte[] scopeKey(String scope) {
        if (scope == null || !SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("not a check-in scope: " + scope);
        }
        return hmac(masterKey, scope.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(byte[] scopeKey, long interval) {
        byte[] hash =
                hmac(scopeKey, ByteBuffer.allocate(Long.BYTES).putLong(interval).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int truncated = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%0" + DIGITS + "d", truncated % MODULUS);
    }

    private static byte[] bytes(String code) {
        return code.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
