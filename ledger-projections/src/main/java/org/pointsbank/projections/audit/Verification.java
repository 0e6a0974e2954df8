package org.pointsbank.projections.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of re-reading the event log against its hash chain and, beyond the chain's head, against the events'
 * seals.
 *
 * @param verifiedThrough the highest global index verified by its link
 * @param chainLag        events recorded after the chain's head, verified by their seals, not linked yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        boolean ok,
        long eventsChecked,
        long verifiedThrough,
        String head,
        Mismatch firstMismatch,
        List<Mismatch> mismatches,
        long chainLag) {}
