package org.pointsbank.api.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An activity to plan: {@code startTime}/{@code endTime} are local {@code HH:mm} in the service's zone. The title is
 * the text of every credit its close sends, so it is held to a credit's text length (200).
 */
public record PlanActivityRequest(
        @NotNull @Pattern(regexp = "VOLUNTEER|STUDY") @Schema(allowableValues = {"VOLUNTEER", "STUDY"})
        String kind,

        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate date,

        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") @Schema(example = "09:00")
        String startTime,

        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") @Schema(example = "11:00")
        String endTime,

        @Min(1) @Max(100_000) Integer capacity,
        Boolean selfCheckIn) {}
