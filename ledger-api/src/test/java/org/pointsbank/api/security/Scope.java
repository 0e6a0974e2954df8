package org.pointsbank.api.security;

/** Who calls, relative to the matrix's card at station A. */
enum Scope {
    ADMIN,
    AUDITOR,
    /** staff of station A, where the card was issued and its entries earned */
    STAFF_OWN,
    /** staff of station B only */
    STAFF_OTHER,
    /** the volunteer holding the card */
    VOLUNTEER_OWN,
    /** a volunteer holding another card */
    VOLUNTEER_OTHER,
    ANONYMOUS
}
