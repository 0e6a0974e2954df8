package org.pointsbank.api.activity;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Cards to put on an activity's roster. */
public record RosterRequest(
        @NotNull @NotEmpty @Size(max = 10_000) List<@NotNull String> cardIds) {}
