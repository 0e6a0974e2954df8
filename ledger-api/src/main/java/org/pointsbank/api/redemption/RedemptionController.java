package org.pointsbank.api.redemption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
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
@Tag(name = FeatureTags.REDEMPTION)
@RestController
@RequestMapping("/api/v1")
@Validated
public class RedemptionController {

    private final IdempotentRequests idempotency;
    private final RedemptionRepository redemptions;
    private final RedemptionPlacement placement;
    private final RedemptionSteps steps;

    public RedemptionController(
            IdempotentRequests idempotency,
            RedemptionRepository redemptions,
            RedemptionPlacement placement,
            RedemptionSteps steps) {
        this.idempotency = idempotency;
        this.redemptions = redemptions;
        this.placement = placement;
        this.steps = steps;
    }

    @Operation(
            operationId = "placeRedemption",
            summary = "Redeem a card's points for a gift",
            description = "Places a redemption: holds the gift's stock and the card's points, all or nothing, until it"
                    + " is fulfilled, cancelled or its hold expires. Admins, and staff of the gift's station (its shop"
                    + " hands the gift over); staff of another station get 403 WRONG_STATION.")
    @ApiResponse(
            responseCode = "201",
            description = "the redemption, placed",
            content = @Content(schema = @Schema(implementation = RedemptionResponse.class)))
    @ProblemCodes({
        ProblemCode.WRONG_STATION,
        ProblemCode.GIFT_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.CARD_NOT_ACTIVE,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.INSUFFICIENT_POINTS,
        ProblemCode.OUT_OF_STOCK,
        ProblemCode.GIFT_RETIRED,
        ProblemCode.REDEMPTION_LIMIT_REACHED
    })
    @PostMapping("/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayRedeemGift(authentication, #request.giftId())")
    public ResponseEntity<String> place(@PathVariable String cardId, @Valid @RequestBody RedeemRequest request) {
        return idempotency.execute(
                request,
                () -> LedgerResponse.created(
                        RedemptionResponse.placed(placement.place(cardId, request.giftId(), request.quantity()))));
    }

    @Operation(
            operationId = "fulfilRedemption",
            summary = "Fulfil a redemption: the gift is handed over",
            description = "The held points become a statement entry of type GIFT_REDEMPTION (negative points, no policy"
                    + " version, the redemption's id as entry id), which is never reversible. The body is optional."
                    + " Admins, and staff of the gift's station; others who may read the redemption get 403"
                    + " (WRONG_STATION for staff, FORBIDDEN otherwise), and anyone else 404 as for an unknown one.")
    @ApiResponse(
            responseCode = "200",
            description = "the redemption, fulfilled",
            content = @Content(schema = @Schema(implementation = RedemptionResponse.class)))
    @ProblemCodes({
        ProblemCode.WRONG_STATION,
        ProblemCode.REDEMPTION_NOT_FOUND,
        ProblemCode.REDEMPTION_ALREADY_FINISHED,
        ProblemCode.REDEMPTION_EXPIRED
    })
    @PostMapping("/redemptions/{redemptionId}/fulfilment")
    @PreAuthorize("@access.mayFinishRedemption(authentication, #redemptionId)")
    public ResponseEntity<String> fulfil(
            @PathVariable String redemptionId, @Valid @RequestBody(required = false) FinishRedemptionRequest request) {
        return idempotency.execute(request, () -> steps.fulfil(redemptionId));
    }

    @Operation(
            operationId = "cancelRedemption",
            summary = "Cancel a redemption",
            description = "Releases the held points and stock. The body is optional; its `reason` is recorded. Who may"
                    + " fulfil it.")
    @ApiResponse(
            responseCode = "200",
            description = "the redemption, cancelled",
            content = @Content(schema = @Schema(implementation = RedemptionResponse.class)))
    @ProblemCodes({ProblemCode.WRONG_STATION, ProblemCode.REDEMPTION_NOT_FOUND, ProblemCode.REDEMPTION_ALREADY_FINISHED
    })
    @PostMapping("/redemptions/{redemptionId}/cancellation")
    @PreAuthorize("@access.mayFinishRedemption(authentication, #redemptionId)")
    public ResponseEntity<String> cancel(
            @PathVariable String redemptionId, @Valid @RequestBody(required = false) FinishRedemptionRequest request) {
        return idempotency.execute(request, () -> steps.cancel(redemptionId, request));
    }

    @Operation(
            operationId = "getRedemption",
            summary = "Read a redemption",
            description = "Admins, auditors, staff of the gift's or the card's station, and the card's volunteer; to"
                    + " anyone else it answers as an unknown redemption.")
    @ApiResponse(responseCode = "200", description = "the redemption")
    @ProblemCodes(ProblemCode.REDEMPTION_NOT_FOUND)
    @GetMapping("/redemptions/{redemptionId}")
    @PreAuthorize("@access.mayReadRedemption(authentication, #redemptionId)")
    public RedemptionResponse get(@PathVariable String redemptionId) {
        return steps.find(redemptionId);
    }

    /** A card's redemptions, newest first: what the desk hands over, what the volunteer has reserved. */
    @Operation(
            operationId = "listCardRedemptions",
            summary = "List a card's redemptions",
            description = "Newest first, at most `limit` (1 to 500). Who may read the card.")
    @ApiResponse(responseCode = "200", description = "the card's redemptions")
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping("/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public List<RedemptionResponse> ofCard(
            @PathVariable String cardId, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return redemptions.ofCard(cardId, limit).stream()
                .map(RedemptionResponse::of)
                .toList();
    }
}
