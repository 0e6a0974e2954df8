package org.pointsbank.api.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /cards/{cardId}/volunteer-hours}. The valid range of minutes is the policy's. */
public record CreditVolunteerHoursRequest(
        @NotBlank @Size(max = 64) String stationId,
        @NotBlank @Size(max = 200) String activity,
        @NotNull Integer minutes,
        @NotNull LocalDate occurredOn) {}
