package org.pointsbank.api.activity;

import java.time.Instant;

/** A check-in or check-out as recorded: the card, when (the ledger's clock), and the minutes counted at a check-out. */
public record AttendanceResponse(String activityId, String cardId, String status, Instant at, Integer minutes) {}
