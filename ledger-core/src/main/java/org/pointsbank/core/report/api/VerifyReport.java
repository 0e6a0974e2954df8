package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Verify a resolved report. {@code by} is the verifying user and {@code byCardId} the card that user holds
 * ({@code null} for staff): neither may be the resolver nor the reporter ({@code VERIFIER_NOT_INDEPENDENT}). The
 * handler answers the {@link RewardDue} the caller must credit to the reporter's card in the same unit of work, or
 * {@code null} when nothing is due.
 */
public record VerifyReport(
        @TargetAggregateIdentifier String reportId, Verdict verdict, String note, String by, String byCardId) {

    public VerifyReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(by, "by");
    }
}
