package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a submitted report as a duplicate of {@code ofReportId}, which must be another report. */
public record MarkReportDuplicate(
        @TargetAggregateIdentifier String reportId, String ofReportId, String note, String by) {

    public MarkReportDuplicate {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(ofReportId, "ofReportId");
        Objects.requireNonNull(by, "by");
    }
}
