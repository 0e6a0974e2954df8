package org.pointsbank.api.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.pointsbank.api.config.PasswordFile;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.projections.audit.EventSeal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key events are sealed with: {@code pointsbank.audit.seal-key} when set (production: from a secret store,
 * never from the database), else a random key generated once and kept in an owner-only file beside the data
 * directory, like the database's passwords, so seals written before a restart still verify after it.
 */
@Configuration(proxyBeanMethods = false)
public class SealKeyConfig {

    @Bean
    EventSeal eventSeal(AuditProperties audit, PointsBankProperties properties) {
        String key = audit.sealKey();
        if (key != null && !key.isBlank()) {
            return new EventSeal(decode(key.strip(), "pointsbank.audit.seal-key"));
        }
        Path file = keyFile(properties.dataDir());
        try {
            Files.createDirectories(file.getParent());
            return new EventSeal(decode(PasswordFile.readOrCreate(file), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the seal key " + file, e);
        }
    }

    /**
     * {@code <data-dir>/seal.key}: beside the embedded cluster ({@code <data-dir>/postgres}) and its password files,
     * never inside it, so the database (and a copy of the cluster alone) does not hold it.
     */
    public static Path keyFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolve("seal.key");
    }

    /** Standard or URL-safe Base64, padded or not; the value itself never appears in a message. */
    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64");
        }
        if (key.length < EventSeal.MIN_KEY_BYTES) {
            throw new IllegalStateException(
                    source + " must hold at least " + EventSeal.MIN_KEY_BYTES + " bytes, has " + key.length);
        }
        return key;
    }
}
