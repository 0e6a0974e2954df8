package org.pointsbank.core.report.api;

import java.time.Instant;

/** A photo was attached; the image is outside the log, the hash of its stored bytes is here. */
public record PhotoAttached(
        String reportId, String photoId, String sha256, String contentType, long bytes, String by, Instant at) {}
