package org.pointsbank.api.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How activities are closed (prefix {@code pointsbank.activities}; kept beside the feature rather than in {@code
 * PointsBankProperties} so that parallel features do not edit one record).
 *
 * @param closeChunkSize        how many attendees' credits one transaction of a close carries out
 * @param closeWait             how long a close request (or its replay) waits for credits another path is still
 *                              carrying out before it answers 202 with the progress so far
 * @param testFaultAfterCredits a fault drill for tests: when above zero, a close request stops (answers 500) once
 *                              this many credits are committed, as if the service died there; 0 in production
 */
@Validated
@ConfigurationProperties(prefix = "pointsbank.activities")
public record ActivityProperties(
        @Min(1) @Max(1000) @DefaultValue("100") int closeChunkSize,
        @NotNull @DefaultValue("30s") Duration closeWait,
        @Min(0) @DefaultValue("0") int testFaultAfterCredits) {}
