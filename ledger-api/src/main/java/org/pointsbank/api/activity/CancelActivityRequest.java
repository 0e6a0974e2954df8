package org.pointsbank.api.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an activity is called off. */
public record CancelActivityRequest(
        @NotBlank @Size(max = 2000) String reason) {}
