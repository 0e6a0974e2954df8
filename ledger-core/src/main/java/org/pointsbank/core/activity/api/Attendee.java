package org.pointsbank.core.activity.api;

/** A roster member with minutes at the close, and the entry id their credit must use. */
public record Attendee(String cardId, int minutes, String entryId) {}
