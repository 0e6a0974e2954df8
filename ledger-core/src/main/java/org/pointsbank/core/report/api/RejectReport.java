package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reject a submitted report; {@code reason} is what the reporter reads. */
public record RejectReport(@TargetAggregateIdentifier String reportId, String reason, String by) {

    public RejectReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(by, "by");
    }
}
