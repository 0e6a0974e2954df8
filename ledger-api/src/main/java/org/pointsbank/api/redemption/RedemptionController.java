package org.pointsbank.api.redemption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.redemption.api.CancelRedemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.projections.redemption.RedemptionRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gift redemptions in two phases (ADR 6). Placing one ({@link RedemptionPlacement}) reserves the gift's stock and
 * the card's points and records the redemption, all in the request's one transaction: either all three or
 * nothing. Fulfilment and cancellation are decided by the redemption; the redemption process carries them to the
 * card and the gift.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
public class RedemptionController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final RedemptionRepository redemptions;
    private final RedemptionPlacement placement;

    public RedemptionController(LedgerCommands commands, IdempotentRequests idempotency,
                                RedemptionRepository redemptions, RedemptionPlacement placement) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.redemptions = redemptions;
        this.placement = placement;
    }

    @PostMapping("/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayRedeemGift(authentication, #request.giftId())")
    public ResponseEntity<String> place(@PathVariable String cardId, @Valid @RequestBody RedeemRequest request) {
        return idempotency.execute(request, () -> LedgerResponse.created(
                RedemptionResponse.placed(placement.place(cardId, request.giftId(), request.quantity()))));
    }

    @PostMapping("/redemptions/{redemptionId}/fulfilment")
    @PreAuthorize("@access.mayFinishRedemption(authentication, #redemptionId)")
    public ResponseEntity<String> fulfil(@PathVariable String redemptionId,
                                         @Valid @RequestBody(required = false) FinishRedemptionRequest request) {
        return idempotency.execute(request, () -> {
            RedemptionResponse before = find(redemptionId);
            RedemptionFulfilled fulfilled = commands.send(new FulfilRedemption(redemptionId));
            return LedgerResponse.ok(before.finished("FULFILLED", fulfilled.recordedAt(), null));
        });
    }

    @PostMapping("/redemptions/{redemptionId}/cancellation")
    @PreAuthorize("@access.mayFinishRedemption(authentication, #redemptionId)")
    public ResponseEntity<String> cancel(@PathVariable String redemptionId,
                                         @Valid @RequestBody(required = false) FinishRedemptionRequest request) {
        return idempotency.execute(request, () -> {
            RedemptionResponse before = find(redemptionId);
            String reason = request == null ? null : request.reason();
            RedemptionCancelled cancelled = commands.send(new CancelRedemption(redemptionId, reason));
            return LedgerResponse.ok(before.finished("CANCELLED", cancelled.recordedAt(), reason));
        });
    }

    @GetMapping("/redemptions/{redemptionId}")
    @PreAuthorize("@access.mayReadRedemption(authentication, #redemptionId)")
    public RedemptionResponse get(@PathVariable String redemptionId) {
        return find(redemptionId);
    }

    /** A card's redemptions, newest first: what the desk hands over, what the volunteer has reserved. */
    @GetMapping("/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public List<RedemptionResponse> ofCard(@PathVariable String cardId,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return redemptions.ofCard(cardId, limit).stream().map(RedemptionResponse::of).toList();
    }

    private RedemptionResponse find(String redemptionId) {
        return redemptions.find(redemptionId).map(RedemptionResponse::of)
                .orElseThrow(() -> ApiException.redemptionNotFound(redemptionId));
    }
}
