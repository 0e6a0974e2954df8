package org.pointsbank.api.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /stations}: a slug id such as {@code yungu} and a display name. */
public record CreateStationRequest(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9][a-z0-9-]{1,63}",
                message = "must be a slug: 2 to 64 lowercase letters, digits and dashes")
        String id,

        @NotBlank @Size(max = 200) String name) {}
