package org.pointsbank.api.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /periods/{period}/objections}: staff of {@code stationId} object to a ranked card, optionally
 * naming the entry in question.
 */
public record ObjectionRequest(
        @NotBlank @Size(max = 64) String cardId,
        @NotBlank @Size(max = 64) String stationId,
        @Size(max = 64) String entryId,
        @NotBlank @Size(max = 500) String reason) {}
