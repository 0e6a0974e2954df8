package org.pointsbank.api.overview;

import java.time.LocalDate;

/**
 * Points earned at a station in one ISO week of the month, by kind ({@code governance}: verified problem reports),
 * counting only the days inside the month; a reversal takes its points away from the week of the entry it reverses.
 *
 * @param weekStart the week's Monday (the first week's may lie in the month before)
 */
public record WeekFigures(LocalDate weekStart, long volunteer, long study, long governance) {}
