package org.pointsbank.api.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** {@code POST /cards}. */
public record IssueCardRequest(@NotBlank String stationId, @Valid HolderRequest holder) {
}
