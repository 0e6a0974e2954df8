package org.pointsbank.api.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the service, typed and validated at start-up (prefix {@code pointsbank}).
 *
 * @param zone              the zone of business dates ({@code occurredOn}); env POINTSBANK_ZONE
 * @param maxBackdatingDays how many days back a credit may be dated
 * @param snapshotThreshold events between two snapshots of one aggregate
 * @param idempotencyRetention how long idempotency keys are kept (at least 24 h by contract)
 * @param dataDir           where the embedded PostgreSQL keeps its data; env POINTSBANK_DATA_DIR
 * @param adminPassword     the bootstrap admin's password at first start; generated when blank
 */
@Validated
@ConfigurationProperties(prefix = "pointsbank")
public record PointsBankProperties(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @Min(0) @DefaultValue("60") int maxBackdatingDays,
        @Min(1) @DefaultValue("100") int snapshotThreshold,
        @NotNull @DefaultValue("24h") Duration idempotencyRetention,
        @NotNull @DefaultValue("./data") Path dataDir,
        String adminPassword) {
}
