package org.pointsbank.core.report.api;

import java.time.Instant;

/** A photo's bytes were erased; {@link PhotoAttached}'s hash stays, proving what was there. */
public record PhotoErased(String reportId, String photoId, String reason, String by, Instant at) {}
