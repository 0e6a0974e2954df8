package org.pointsbank.api.card;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /cards}. */
public record IssueCardRequest(
        @NotBlank @Size(max = 64) String stationId, @Valid HolderRequest holder) {}
