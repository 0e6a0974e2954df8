package org.pointsbank.api.security;

/** What a user is: each role's rights are decided in {@link AccessPolicy}. */
public enum Role {
    /** Manages stations, users and read models; may do everything. */
    ADMIN,
    /** Issues and credits cards, reverses entries, at their own stations. */
    STAFF,
    /** Reads their own card. */
    VOLUNTEER,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /** A tablet at a door or a sign-in table: reads its one station's rotating check-in codes, nothing else. */
    KIOSK
}
