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
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The key events are sealed with: {@code pointsbank.audit.seal-key} when set (production: from a secret store,
 * never from the database), else a random key generated once and kept in an owner-only file beside the data
 * directory, like the database's passwords, so seals written before a restart still verify after it. A generated key
 * is only for the embedded database, which one instance owns: on an external PostgreSQL ({@code
 * spring.datasource.url} set) several instances may share the log, each would generate a key of its own, and every
 * event another instance sealed would be held as a seal mismatch for good, so the service refuses to start there
 * without a configured key.
 */
@Configuration(proxyBeanMethods = false)
public class SealKeyConfig {

    @Bean
    EventSeal eventSeal(AuditProperties audit, PointsBankProperties properties, Environment environment) {
        return eventSeal(audit, properties, StringUtils.hasText(environment.getProperty("spring.datasource.url")));
    }

    /** The seal; {@code externalDatabase}: the log is on an external PostgreSQL that other instances may share. */
    EventSeal eventSeal(AuditProperties audit, PointsBankProperties properties, boolean externalDatabase) {
        String key = audit.sealKey();
        if (key != null && !key.isBlank()) {
            return new EventSeal(decode(key.strip(), "pointsbank.audit.seal-key"));
        }
        if (externalDatabase) {
            throw new IllegalStateException("Points Bank refuses to start on an external PostgreSQL"
                    + " (spring.datasource.url) without a seal key: set POINTSBANK_AUDIT_SEALKEY"
                    + " (pointsbank.audit.seal-key, Base64, at least " + EventSeal.MIN_KEY_BYTES + " bytes) to the"
                    + " same value on every instance on this database. A key generated per data directory would"
                    + " differ between instances, and every event another instance sealed would be held as a seal"
                    + " mismatch for good");
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
