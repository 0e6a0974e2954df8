package org.pointsbank.projections.report;

import java.time.Instant;

/** A photo of a report: the image is stored outside the log; {@code erasedAt} set once an admin erased it. */
public record PhotoRef(
        String photoId,
        String reportId,
        String sha256,
        String contentType,
        long bytes,
        String attachedBy,
        Instant attachedAt,
        String erasedBy,
        Instant erasedAt) {}
