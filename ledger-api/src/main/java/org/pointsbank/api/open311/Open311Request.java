package org.pointsbank.api.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A service request of GeoReport v2's {@code GET requests}: a problem report with the specification's field names.
 * Datetimes are ISO 8601 with the service zone's offset. Fields the report has no value for are left out; nothing
 * personal is answered (no card, no user names).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Open311Request(
        @JsonProperty("service_request_id") String serviceRequestId,

        @JsonProperty("status") @Schema(allowableValues = {"open", "closed"})
        String status,

        @JsonProperty("status_notes")
        @Schema(
                description = "the latest feedback to the reporter: the resolution's, or why the report was"
                        + " rejected, marked a duplicate or reopened")
        String statusNotes,

        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("description") String description,

        @JsonProperty("agency_responsible") @Schema(description = "the name of the handling station")
        String agencyResponsible,

        @JsonProperty("service_notice") String serviceNotice,

        @JsonProperty("requested_datetime") @Schema(example = "2026-12-01T09:30:00+08:00")
        String requestedDatetime,

        @JsonProperty("updated_datetime") String updatedDatetime,

        @JsonProperty("expected_datetime") @Schema(description = "the due date of the latest dispatch")
        String expectedDatetime,

        @JsonProperty("address") String address,
        @JsonProperty("lat") Double lat,
        @JsonProperty("long") Double lon) {}
