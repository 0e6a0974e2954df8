package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The reporter's card refused the reward of a verified report (the card is closed, the month is closed, the daily
 * cap of rewarded reports is reached): the verification stands and the refusal is recorded on the report.
 */
public record RecordRewardRefused(@TargetAggregateIdentifier String reportId, String code, String message) {

    public RecordRewardRefused {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(code, "code");
    }
}
