package org.pointsbank.projections.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The outcome of re-reading the event log against its hash chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        boolean ok,
        long eventsChecked,
        long verifiedThrough,
        String head,
        Mismatch firstMismatch,
        List<Mismatch> mismatches) {}
