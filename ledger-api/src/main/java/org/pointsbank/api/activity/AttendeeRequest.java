package org.pointsbank.api.activity;

import jakarta.validation.constraints.Size;

/** Who arrives or leaves: a {@code cardId} (staff, e.g. scanning the card's QR code) or the activity's {@code code}. */
public record AttendeeRequest(
        @Size(max = 64) String cardId, @Size(max = 64) String code) {}
