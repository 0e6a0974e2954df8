package org.pointsbank.api.security;

import java.util.function.Function;

/**
 * One endpoint's row of the access matrix: the request to send and what each scope gets, in the order of
 * {@link Scope}: ADMIN, AUDITOR, STAFF_OWN, STAFF_OTHER, VOLUNTEER_OWN, VOLUNTEER_OTHER, ANONYMOUS.
 */
record AccessRow(String endpoint, Function<AccessWorld, AccessRequest> request, int... expected) {}
