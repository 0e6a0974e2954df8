package org.pointsbank.api.redemption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.card.api.ReservePoints;
import org.pointsbank.core.gift.api.GiftStockReserved;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.redemption.api.CancelRedemption;
import org.pointsbank.core.redemption.api.FulfilRedemption;
import org.pointsbank.core.redemption.api.PlaceRedemption;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.projections.directory.CardDirectory;
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
 * Gift redemptions in two phases (ADR 6). Placing one reserves the gift's stock and the card's points and
 * records the redemption, all in the request's one transaction: either all three or nothing, and each
 * aggregate's lock serialises the desks that ask for the same gift or card at once. Fulfilment and cancellation
 * are decided by the redemption; the redemption process carries them to the card and the gift.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
public class RedemptionController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final RedemptionRepository redemptions;
    private final CardDirectory cards;
    private final PointsBankProperties properties;

    public RedemptionController(LedgerCommands commands, IdempotentRequests idempotency,
                                RedemptionRepository redemptions, CardDirectory cards,
                                PointsBankProperties properties) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.redemptions = redemptions;
        this.cards = cards;
        this.properties = properties;
    }

    @PostMapping("/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayRedeemGift(authentication, #request.giftId())")
    public ResponseEntity<String> place(@PathVariable String cardId, @Valid @RequestBody RedeemRequest request) {
        return idempotency.execute(request, () -> {
            LedgerCommands.requireCardId(cardId);
            if (cards.stationOfCard(cardId).isEmpty()) {
                throw ApiException.cardNotFound(cardId);
            }
            String redemptionId = UUID.randomUUID().toString();
            GiftStockReserved stock = reserveStock(request.giftId(), redemptionId, cardId, request.quantity());
            commands.toCard(cardId, new ReservePoints(cardId, redemptionId, stock.giftId(), stock.giftName(),
                    stock.stationId(), stock.quantity(), stock.points()));
            PlaceRedemption place = new PlaceRedemption(redemptionId, cardId, stock.giftId(), stock.giftName(),
                    stock.stationId(), stock.quantity(), stock.points(), stock.recordedAt(),
                    properties.redemptions().hold());
            commands.send(place);
            return LedgerResponse.created(RedemptionResponse.placed(place));
        });
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

    private GiftStockReserved reserveStock(String giftId, String redemptionId, String cardId, int quantity) {
        try {
            return commands.send(new ReserveGiftStock(giftId, redemptionId, cardId, quantity));
        } catch (AggregateNotFoundException e) {
            throw ApiException.giftNotFound(giftId);
        }
    }

    private RedemptionResponse find(String redemptionId) {
        return redemptions.find(redemptionId).map(RedemptionResponse::of)
                .orElseThrow(() -> ApiException.redemptionNotFound(redemptionId));
    }
}
