package org.pointsbank.api.overview;

import java.util.List;

/** A card's months from {@code from} to {@code to} (both included, oldest first, zeros included). */
public record CardMonthsResponse(String cardId, String from, String to, List<MonthFigures> months) {}
