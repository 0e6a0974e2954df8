package org.pointsbank.core.activity.api;

/** One line of attendance taken on paper: the card and the minutes it was there, 0 to the planned minutes. */
public record AttendanceEntry(String cardId, int minutes) {}
