package org.pointsbank.api.card;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A card holder's personal data: stored outside the event log, erasable. */
public record HolderRequest(
        @Size(max = 200) String name,

        @Pattern(regexp = "\\+?[0-9 -]{3,40}", message = "must be a phone number")
        String phone) {}
