package org.pointsbank.api.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit settings (prefix {@code pointsbank.audit}).
 *
 * @param sealKey the key every event is sealed with (HMAC-SHA-256), Base64, at least 16 bytes; env
 *                POINTSBANK_AUDIT_SEALKEY. Keep it out of the database, and back it up separately from the
 *                database's backups (a secret store or a location of its own): whoever holds a backup and the key
 *                can seal forged rows among the events not yet chained (chained events stay protected by the
 *                chain). Set it to the same value on every instance on one database; required on an external
 *                PostgreSQL, where the service refuses to start without it. Blank, on the embedded database only:
 *                a random key generated once and kept owner-only in the data directory, beside the embedded
 *                cluster ({@code <data-dir>/seal.key}), backed up apart from the cluster as well
 */
@ConfigurationProperties(prefix = "pointsbank.audit")
public record AuditProperties(String sealKey) {}
