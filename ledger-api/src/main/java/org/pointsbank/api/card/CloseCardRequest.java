package org.pointsbank.api.card;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /cards/{cardId}/closure}: the card stops earning; history and balance stay. */
public record CloseCardRequest(@NotBlank @Size(max = 500) String reason) {}
