package org.pointsbank.core.period.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Freeze a month ({@code 2026-11}) and publish its final standings: the top {@code topN} of each station and
 * city-wide per category, read from the rankings when no credit to the month can be in flight any more.
 */
public record ClosePeriod(
        @TargetAggregateIdentifier String period, int topN, int noticeDays, List<RankedCard> standings) {}
