package org.pointsbank.core.activity.api;

/** How an attendee's credit ended: recorded on the card, or refused by one of the card's rules. */
public enum AttendeeOutcome {
    CREDITED,
    REFUSED
}
