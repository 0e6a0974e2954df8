package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attach a photo, stored outside the log, by its id and the SHA-256 (lower-case hex) of the stored bytes: at most
 * three a report ({@code TOO_MANY_PHOTOS}), not once the report has ended.
 */
public record AttachPhoto(
        @TargetAggregateIdentifier String reportId,
        String photoId,
        String sha256,
        String contentType,
        long bytes,
        String by) {

    public AttachPhoto {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(by, "by");
    }
}
