package org.pointsbank.api.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Attendance taken on paper: minutes per card, 0 to the planned minutes. */
public record AttendanceRequest(
        @NotNull @NotEmpty @Size(max = 10_000) List<@Valid @NotNull Line> entries) {

    /** One card's minutes. */
    public record Line(
            @NotNull String cardId, @NotNull @Min(0) Integer minutes) {}
}
