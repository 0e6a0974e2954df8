package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept a submitted report; {@code points} is the category's points now, which a verified report will earn. */
public record AcceptReport(@TargetAggregateIdentifier String reportId, int points, String note, String by) {

    public AcceptReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(by, "by");
    }
}
