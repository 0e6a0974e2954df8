package org.pointsbank.api.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A service of GeoReport v2's {@code GET services}: a report category that takes new reports. Categories have no
 * attributes to ask for ({@code metadata} false), are filed at once ({@code type} realtime), and have no keywords or
 * groups (both empty).
 */
public record Open311Service(
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("description") String description,
        @JsonProperty("metadata") boolean metadata,

        @JsonProperty("type") @Schema(allowableValues = {"realtime", "batch", "blackbox"})
        String type,

        @JsonProperty("keywords") String keywords,
        @JsonProperty("group") String group) {}
