package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an admin erased a photo's bytes (which live outside the log); the log itself changes in no byte. */
public record ErasePhoto(@TargetAggregateIdentifier String reportId, String photoId, String reason, String by) {

    public ErasePhoto {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(by, "by");
    }
}
