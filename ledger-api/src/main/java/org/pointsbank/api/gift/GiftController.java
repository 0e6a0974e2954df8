package org.pointsbank.api.gift;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.gift.api.AddGift;
import org.pointsbank.core.gift.api.ChangeGiftPrice;
import org.pointsbank.core.gift.api.GiftPriceChanged;
import org.pointsbank.core.gift.api.GiftRestocked;
import org.pointsbank.core.gift.api.RestockGift;
import org.pointsbank.core.gift.api.RetireGift;
import org.pointsbank.projections.gift.GiftRepository;
import org.pointsbank.projections.gift.GiftRow;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A station's gift catalogue: add, restock, reprice (future redemptions only), retire, list. Every change is
 * an event of the {@code Gift}; each POST takes an Idempotency-Key, as the ledger's own POSTs do, so a retried
 * request never adds a gift twice.
 */
@Tag(name = FeatureTags.GIFT)
@RestController
@RequestMapping("/api/v1/stations/{stationId}/gifts")
public class GiftController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final GiftRepository gifts;
    private final StationRepository stations;

    public GiftController(
            LedgerCommands commands, IdempotentRequests idempotency, GiftRepository gifts, StationRepository stations) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.gifts = gifts;
        this.stations = stations;
    }

    @Operation(
            operationId = "addGift",
            summary = "Add a gift to a station's catalogue",
            description = "Admins, and staff of the station. `perCardMonthlyLimit`, if given, caps how many of it one"
                    + " card may take in a calendar month.")
    @ApiResponse(
            responseCode = "201",
            description = "the gift, available",
            content = @Content(schema = @Schema(implementation = GiftResponse.class)))
    @ProblemCodes({ProblemCode.STATION_NOT_FOUND, ProblemCode.INVALID_GIFT_TERMS})
    @PostMapping
    @PreAuthorize("@access.mayManageGiftsAt(authentication, #stationId)")
    public ResponseEntity<String> add(@PathVariable String stationId, @Valid @RequestBody AddGiftRequest request) {
        return idempotency.execute(request, () -> {
            StationCheck.require(stations, stationId, "stationId");
            String giftId = UUID.randomUUID().toString();
            commands.send(new AddGift(
                    giftId,
                    stationId,
                    request.name().strip(),
                    request.pointsCost(),
                    request.stock(),
                    request.perCardMonthlyLimit()));
            return LedgerResponse.created(new GiftResponse(
                    giftId,
                    stationId,
                    request.name().strip(),
                    request.pointsCost(),
                    request.stock(),
                    request.perCardMonthlyLimit(),
                    "AVAILABLE"));
        });
    }

    @Operation(
            operationId = "listGifts",
            summary = "List a station's gifts",
            description = "Every signed-in user. A gift's `stock` is what is on the shelf and promised to nobody: stock"
                    + " held for open redemptions is not counted.")
    @ApiResponse(responseCode = "200", description = "the station's gifts, retired ones included")
    @ProblemCodes(ProblemCode.STATION_NOT_FOUND)
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<GiftResponse> list(@PathVariable String stationId) {
        StationCheck.require(stations, stationId, "stationId");
        return gifts.atStation(stationId).stream().map(GiftResponse::of).toList();
    }

    @Operation(
            operationId = "restockGift",
            summary = "Restock a gift",
            description = "Adds `quantity` to the shelf. Admins, and staff of the station.")
    @ApiResponse(
            responseCode = "200",
            description = "the gift after the change",
            content = @Content(schema = @Schema(implementation = GiftResponse.class)))
    @ProblemCodes({ProblemCode.GIFT_NOT_FOUND, ProblemCode.GIFT_RETIRED, ProblemCode.INVALID_GIFT_TERMS})
    @PostMapping("/{giftId}/restock")
    @PreAuthorize("@access.mayManageGiftsAt(authentication, #stationId)")
    public ResponseEntity<String> restock(
            @PathVariable String stationId, @PathVariable String giftId, @Valid @RequestBody RestockRequest request) {
        return change(stationId, giftId, request, new RestockGift(giftId, request.quantity()));
    }

    @Operation(
            operationId = "repriceGift",
            summary = "Change a gift's price",
            description = "Redemptions placed before keep the price they were placed at. Admins, and staff of the"
                    + " station.")
    @ApiResponse(
            responseCode = "200",
            description = "the gift after the change",
            content = @Content(schema = @Schema(implementation = GiftResponse.class)))
    @ProblemCodes({ProblemCode.GIFT_NOT_FOUND, ProblemCode.GIFT_RETIRED, ProblemCode.INVALID_GIFT_TERMS})
    @PostMapping("/{giftId}/price")
    @PreAuthorize("@access.mayManageGiftsAt(authentication, #stationId)")
    public ResponseEntity<String> reprice(
            @PathVariable String stationId, @PathVariable String giftId, @Valid @RequestBody GiftPriceRequest request) {
        return change(stationId, giftId, request, new ChangeGiftPrice(giftId, request.pointsCost()));
    }

    @Operation(
            operationId = "retireGift",
            summary = "Retire a gift",
            description = "A retired gift is out of the shop for good: no new redemptions, restocks or prices."
                    + " Redemptions already placed may still be fulfilled or cancelled. Admins, and staff of the"
                    + " station.")
    @ApiResponse(
            responseCode = "200",
            description = "the gift after the change",
            content = @Content(schema = @Schema(implementation = GiftResponse.class)))
    @ProblemCodes({ProblemCode.GIFT_NOT_FOUND, ProblemCode.GIFT_RETIRED})
    @PostMapping("/{giftId}/retirement")
    @PreAuthorize("@access.mayManageGiftsAt(authentication, #stationId)")
    public ResponseEntity<String> retire(
            @PathVariable String stationId,
            @PathVariable String giftId,
            @Valid @RequestBody RetireGiftRequest request) {
        return change(stationId, giftId, request, new RetireGift(giftId));
    }

    /** A change to a gift of this station; the answer is the gift as it is after the change. */
    private ResponseEntity<String> change(String stationId, String giftId, Object request, Object command) {
        return idempotency.execute(request, () -> {
            GiftRow before = gifts.find(giftId)
                    .filter(gift -> gift.stationId().equals(stationId))
                    .orElseThrow(() -> giftNotFound(giftId));
            Object changed = commands.send(command);
            // the catalogue is kept in the recording transaction, but events reach it when this request's
            // unit of work commits: answer from the event instead of re-reading the row
            return LedgerResponse.ok(GiftResponse.of(after(before, changed)));
        });
    }

    private static GiftRow after(GiftRow gift, Object event) {
        if (event instanceof GiftRestocked restocked) {
            return new GiftRow(
                    gift.giftId(),
                    gift.stationId(),
                    gift.name(),
                    gift.pointsCost(),
                    restocked.stockAfter(),
                    gift.perCardMonthlyLimit(),
                    gift.status(),
                    gift.addedAt());
        }
        if (event instanceof GiftPriceChanged price) {
            return new GiftRow(
                    gift.giftId(),
                    gift.stationId(),
                    gift.name(),
                    price.pointsCost(),
                    gift.stock(),
                    gift.perCardMonthlyLimit(),
                    gift.status(),
                    gift.addedAt());
        }
        return new GiftRow(
                gift.giftId(),
                gift.stationId(),
                gift.name(),
                gift.pointsCost(),
                gift.stock(),
                gift.perCardMonthlyLimit(),
                "RETIRED",
                gift.addedAt());
    }

    private static ApiException giftNotFound(String giftId) {
        return new ApiException(HttpStatus.NOT_FOUND, "GIFT_NOT_FOUND", "no gift " + giftId + " at this station");
    }
}
