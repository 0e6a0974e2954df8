package org.pointsbank.core.card.api;

/** How a reading session ended. */
public enum ReadingSessionStatus {
    /** Credited as a study session of its minutes: a {@link StudySessionCredited} with the session's entry id. */
    CREDITED,
    /** Too few minutes for any points under the policy: no entry. */
    TOO_SHORT,
    /** Left open longer than the policy's daily study cap: no entry. */
    UNFINISHED,
    /**
     * The study credit was refused by a rule of the card (daily cap, closed month, inactive card): no entry, the
     * refusal's code is recorded on the end.
     */
    REFUSED
}
