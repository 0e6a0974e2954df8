package org.pointsbank.api.checkin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.pointsbank.api.config.PasswordFile;
import org.pointsbank.api.config.PointsBankProperties;

/**
 * The master key every scope's key is derived from: {@code pointsbank.check-in.secret} when set (so several
 * instances show and accept the same codes), else a random key generated once and kept in an owner-only file
 * beside the data directory, so codes on the doors survive a restart.
 */
final class CheckInMasterKey {

    static final int MIN_BYTES = 16;

    private CheckInMasterKey() {}

    static byte[] of(PointsBankProperties properties) {
        String secret = properties.checkIn().secret();
        if (secret != null && !secret.isBlank()) {
            return decode(secret.strip(), "pointsbank.check-in.secret");
        }
        Path file = keyFile(properties.dataDir());
        try {
            Files.createDirectories(file.getParent());
            return decode(PasswordFile.readOrCreate(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the check-in key " + file, e);
        }
    }

    /** {@code <data-dir>-check-in.key}, beside the database's password files. */
    static Path keyFile(Path dataDirectory) {
        Path cluster = dataDirectory.toAbsolutePath().normalize();
        return cluster.resolveSibling(cluster.getFileName() + "-check-in.key");
    }

    /** Standard or URL-safe Base64, padded or not; the value itself never appears in a message. */
    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64");
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException(source + " must hold at least " + MIN_BYTES + " bytes, has " + key.length);
        }
        return key;
    }
}
