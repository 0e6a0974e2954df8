package org.pointsbank.projections.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One link of the event log's hash chain: SHA-256 of the previous link and the canonical form
 * of the stored event. The canonical form is every column of the row, each prefixed by its
 * length, so no two different rows share a form.
 */
public final class ChainLink {

    /** The link before the first event. */
    public static final String GENESIS = "0".repeat(64);

    private ChainLink() {}

    public static String next(String previousLink, StoredEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HexFormat.of().parseHex(previousLink));
            sha256.update(canonical(event));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static byte[] canonical(StoredEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + e.payload().length);
        field(out, Long.toString(e.globalIndex()));
        field(out, e.eventIdentifier());
        field(out, e.aggregateIdentifier());
        field(out, Long.toString(e.sequenceNumber()));
        field(out, e.type());
        field(out, e.payloadType());
        field(out, e.payloadRevision());
        field(out, e.payload());
        field(out, e.metaData());
        field(out, e.timeStamp());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        int length = value == null ? -1 : value.length;
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }
}
