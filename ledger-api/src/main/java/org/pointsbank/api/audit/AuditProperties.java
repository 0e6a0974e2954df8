package org.pointsbank.api.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit settings (prefix {@code pointsbank.audit}).
 *
 * @param sealKey the key every event is sealed with (HMAC-SHA-256), Base64, at least 16 bytes; env
 *                POINTSBANK_AUDIT_SEALKEY. Keep it out of the database and its backups: whoever holds both can
 *                seal a forged row. Set it to the same value on every instance on one database. Blank: a random
 *                key generated once and kept owner-only in the data directory, beside the embedded cluster
 *                ({@code <data-dir>/seal.key})
 */
@ConfigurationProperties(prefix = "pointsbank.audit")
public record AuditProperties(String sealKey) {}
