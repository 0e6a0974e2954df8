package org.pointsbank.api.credit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Entries on a card: credits for volunteer hours and study sessions, and their reversals. */
@Tag(name = FeatureTags.CREDIT)
@RestController
@RequestMapping("/api/v1/cards/{cardId}")
public class CreditController {

    private final IdempotentRequests idempotency;
    private final Credits credits;
    private final Reversals reversals;

    public CreditController(IdempotentRequests idempotency, Credits credits, Reversals reversals) {
        this.idempotency = idempotency;
        this.credits = credits;
        this.reversals = reversals;
    }

    @Operation(
            operationId = "creditVolunteerHours",
            summary = "Credit volunteer hours",
            description =
                    "Records volunteer work on the card and the points the policy grants for it. Admins, and staff"
                            + " of the station where the work was done (`stationId`). The minutes must lie in the policy's"
                            + " range (400 VALIDATION_FAILED naming `minutes`), within the card's daily cap, on a day neither in"
                            + " the future nor further back than the service allows, and in a month that is not closed.")
    @ApiResponse(
            responseCode = "201",
            description = "the entry recorded, with the card's balance after it",
            content = @Content(schema = @Schema(implementation = EntryResponse.class)))
    @ProblemCodes({
        ProblemCode.STATION_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.CARD_NOT_ACTIVE,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.DAILY_LIMIT_EXCEEDED,
        ProblemCode.OCCURRED_ON_OUT_OF_RANGE,
        ProblemCode.PERIOD_CLOSED
    })
    @PostMapping("/volunteer-hours")
    @PreAuthorize("@access.mayCreditAt(authentication, #request.stationId())")
    public ResponseEntity<String> creditVolunteerHours(
            @PathVariable String cardId, @Valid @RequestBody CreditVolunteerHoursRequest request) {
        return idempotency.executeOnCard(cardId, request, () -> credits.volunteerHours(cardId, request));
    }

    @Operation(
            operationId = "creditStudySession",
            summary = "Credit a study session",
            description = "Records a study session on the card and the points the policy grants for it, under the same"
                    + " rules as volunteer hours (with the policy's own range and daily cap for study).")
    @ApiResponse(
            responseCode = "201",
            description = "the entry recorded, with the card's balance after it",
            content = @Content(schema = @Schema(implementation = EntryResponse.class)))
    @ProblemCodes({
        ProblemCode.STATION_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.CARD_NOT_ACTIVE,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.DAILY_LIMIT_EXCEEDED,
        ProblemCode.OCCURRED_ON_OUT_OF_RANGE,
        ProblemCode.PERIOD_CLOSED
    })
    @PostMapping("/study-sessions")
    @PreAuthorize("@access.mayCreditAt(authentication, #request.stationId())")
    public ResponseEntity<String> creditStudySession(
            @PathVariable String cardId, @Valid @RequestBody CreditStudySessionRequest request) {
        return idempotency.executeOnCard(cardId, request, () -> credits.studySession(cardId, request));
    }

    @Operation(
            operationId = "reverseEntry",
            summary = "Reverse an entry",
            description = "Corrects a credit by a new entry with the opposite points, dated as the one it reverses. An"
                    + " entry is reversed at most once; reversals and gift redemptions are never reversed; the card's"
                    + " available points must cover it; its month must not be closed. Admins, and staff of the station"
                    + " where the entry was earned.")
    @ApiResponse(
            responseCode = "201",
            description = "the reversal recorded, with the card's balance after it",
            content = @Content(schema = @Schema(implementation = EntryResponse.class)))
    @ProblemCodes({
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.ENTRY_NOT_FOUND,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.ENTRY_ALREADY_REVERSED,
        ProblemCode.INSUFFICIENT_POINTS,
        ProblemCode.REVERSAL_NOT_REVERSIBLE,
        ProblemCode.REDEMPTION_NOT_REVERSIBLE,
        ProblemCode.PERIOD_CLOSED
    })
    @PostMapping("/entries/{entryId}/reversal")
    @PreAuthorize("@access.mayReverse(authentication, #cardId, #entryId)")
    public ResponseEntity<String> reverse(
            @PathVariable String cardId, @PathVariable String entryId, @Valid @RequestBody ReversalRequest request) {
        return idempotency.executeOnCard(cardId, request, () -> reversals.reverse(cardId, entryId, request));
    }
}
