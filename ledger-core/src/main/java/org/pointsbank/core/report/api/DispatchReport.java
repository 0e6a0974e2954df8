package org.pointsbank.core.report.api;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Dispatch an accepted report to {@code assignee} (a person or team, free text), optionally due by an instant. */
public record DispatchReport(@TargetAggregateIdentifier String reportId, String assignee, Instant dueBy, String by) {

    public DispatchReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(by, "by");
    }
}
