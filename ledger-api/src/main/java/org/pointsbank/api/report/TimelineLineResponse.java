package org.pointsbank.api.report;

import java.time.Instant;

/**
 * One step of a report's timeline, oldest first: {@code event} what happened (SUBMITTED, ACCEPTED, REJECTED,
 * MARKED_DUPLICATE, DUPLICATE_LINKED, DISPATCHED, RESOLVED, REOPENED, VERIFIED, REWARD_CREDITED, REWARD_REFUSED,
 * REWARD_REVERSED, PHOTO_ATTACHED, PHOTO_ERASED), {@code status} the report's status after it, {@code at} when,
 * {@code by} who (to the reporter: their own name, or {@value ReportView#STATION_STAFF}) and {@code note} the note,
 * reason, feedback or code it carried.
 */
public record TimelineLineResponse(String event, String status, Instant at, String by, String note) {}
