package org.pointsbank.api.open311;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What GeoReport v2's {@code POST requests} answers, one in an array: the new request's id and a notice of what
 * happens next. The {@code account_id} the specification may echo is left out: no card id is answered.
 */
public record Open311Receipt(
        @JsonProperty("service_request_id") String serviceRequestId,
        @JsonProperty("service_notice") String serviceNotice) {}
