package org.pointsbank.api.redemption;

import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.redemption.api.CancelRedemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.projections.redemption.RedemptionRepository;
import org.springframework.stereotype.Service;

/**
 * The second phase of a redemption (ADR 6): fulfilling it (the gift is handed over) or cancelling it. The one body
 * of the API's actions and the desk's buttons, run by the caller inside {@code IdempotentRequests}; placing one is
 * {@link RedemptionPlacement}. The redemption decides; the redemption process carries it to the card and the gift.
 */
@Service
public class RedemptionSteps {

    private final LedgerCommands commands;
    private final RedemptionRepository redemptions;

    public RedemptionSteps(LedgerCommands commands, RedemptionRepository redemptions) {
        this.commands = commands;
        this.redemptions = redemptions;
    }

    /** Fulfils the redemption; answers 200 with it, fulfilled. */
    public LedgerResponse fulfil(String redemptionId) {
        RedemptionResponse before = find(redemptionId);
        RedemptionFulfilled fulfilled = commands.send(new FulfilRedemption(redemptionId));
        return LedgerResponse.ok(before.finished("FULFILLED", fulfilled.recordedAt(), null));
    }

    /** Cancels the redemption, recording the reason if there is one; answers 200 with it, cancelled. */
    public LedgerResponse cancel(String redemptionId, FinishRedemptionRequest request) {
        RedemptionResponse before = find(redemptionId);
        String reason = request == null ? null : request.reason();
        RedemptionCancelled cancelled = commands.send(new CancelRedemption(redemptionId, reason));
        return LedgerResponse.ok(before.finished("CANCELLED", cancelled.recordedAt(), reason));
    }

    /** The redemption as the read model knows it, or 404 REDEMPTION_NOT_FOUND. */
    public RedemptionResponse find(String redemptionId) {
        return redemptions
                .find(redemptionId)
                .map(RedemptionResponse::of)
                .orElseThrow(() -> ApiException.redemptionNotFound(redemptionId));
    }
}
