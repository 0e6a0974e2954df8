package org.pointsbank.projections.report;

import java.time.Instant;

/**
 * One event of a report's timeline, at its log {@code position}: {@code event} what happened ({@code SUBMITTED},
 * {@code ACCEPTED}, {@code REJECTED}, {@code MARKED_DUPLICATE}, {@code DUPLICATE_LINKED}, {@code DISPATCHED},
 * {@code RESOLVED}, {@code REOPENED}, {@code VERIFIED}, {@code REWARD_CREDITED}, {@code REWARD_REFUSED},
 * {@code REWARD_REVERSED}, {@code PHOTO_ATTACHED}, {@code PHOTO_ERASED}), {@code status} the report's status after it,
 * {@code by} who, {@code note} the note, reason, feedback, assignee, photo, duplicate or refusal code it carried.
 */
public record TimelineLine(long position, String event, String status, Instant at, String by, String note) {}
