package org.pointsbank.api.photo;

import java.time.Instant;

/** A photo whose bytes were erased; its hash stays in the log, {@code sha256}, proving what was there. */
public record PhotoErasedResponse(String photoId, String reportId, String sha256, Instant erasedAt, String erasedBy) {}
