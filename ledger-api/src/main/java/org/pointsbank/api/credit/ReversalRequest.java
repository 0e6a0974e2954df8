package org.pointsbank.api.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /cards/{cardId}/entries/{entryId}/reversal}. */
public record ReversalRequest(@NotBlank @Size(max = 500) String reason) {}
