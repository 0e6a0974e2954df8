package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolve a report with an honest {@code outcome}; {@code feedback} is what the reporter reads. */
public record ResolveReport(
        @TargetAggregateIdentifier String reportId, ResolutionOutcome outcome, String feedback, String by) {

    public ResolveReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(by, "by");
    }
}
