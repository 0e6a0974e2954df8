package org.pointsbank.core.report.api;

/** The credit a verified report is owed: its derived entry id, the reporter's card, the points and where earned. */
public record RewardDue(
        String reportId, String cardId, String entryId, String stationId, String categoryCode, int points) {}
