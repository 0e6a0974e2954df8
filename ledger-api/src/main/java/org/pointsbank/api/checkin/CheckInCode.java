package org.pointsbank.api.checkin;

import java.time.Instant;

/**
 * The code a scope shows now, and when it is replaced by the next one. It is still accepted for one interval
 * after {@code expiresAt} (a volunteer who scanned it just before the change is not refused), never longer.
 */
public record CheckInCode(String code, Instant expiresAt) {}
