package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tell the original report that {@code duplicateReportId} duplicates it, in the same unit of work as
 * {@link MarkReportDuplicate}: an unknown original refuses both; a report that is itself a duplicate cannot be one's
 * original.
 */
public record LinkDuplicate(@TargetAggregateIdentifier String reportId, String duplicateReportId, String by) {

    public LinkDuplicate {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(duplicateReportId, "duplicateReportId");
        Objects.requireNonNull(by, "by");
    }
}
