package org.pointsbank.api.reading;

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
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.reading.ReadingSessionRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service reading rooms. A volunteer starts and ends a session on their own card with the code on the door;
 * both are commands to the card, which checks the code, keeps one open session per card and credits the end.
 */
@Tag(name = FeatureTags.READING_ROOM)
@RestController
@RequestMapping("/api/v1")
@Validated
public class ReadingRoomController {

    private final IdempotentRequests idempotency;
    private final ReadingSessions readingSessions;
    private final ReadingSessionRepository sessions;

    public ReadingRoomController(
            IdempotentRequests idempotency, ReadingSessions readingSessions, ReadingSessionRepository sessions) {
        this.idempotency = idempotency;
        this.readingSessions = readingSessions;
        this.sessions = sessions;
    }

    @Operation(
            operationId = "startReadingSession",
            summary = "Start a reading session",
            description = "A volunteer, for their own card, with the code on the station's reading-room door (its"
                    + " current or previous code; 422 CHECK_IN_CODE_INVALID otherwise). The session starts at the"
                    + " ledger's clock. A card has one open session at any station (409 SESSION_ALREADY_OPEN), except"
                    + " that one left open past the policy's daily study cap (240 minutes) is first ended UNFINISHED.")
    @ApiResponse(
            responseCode = "201",
            description = "the session, OPEN",
            content = @Content(schema = @Schema(implementation = ReadingSessionStartedResponse.class)))
    @ProblemCodes({
        ProblemCode.STATION_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.CARD_NOT_ACTIVE,
        ProblemCode.SESSION_ALREADY_OPEN,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.CHECK_IN_CODE_INVALID
    })
    @PostMapping("/stations/{stationId}/reading-room/sessions")
    @PreAuthorize("@access.mayUseReadingRoom(authentication)")
    public ResponseEntity<String> start(
            @PathVariable String stationId,
            @Valid @RequestBody ReadingRoomCodeRequest request,
            @AuthenticationPrincipal LedgerUser volunteer) {
        return idempotency.execute(request, () -> readingSessions.start(stationId, request.code(), volunteer));
    }

    @Operation(
            operationId = "endReadingSession",
            summary = "End a reading session",
            description = "The volunteer ends the open session of their own card with the code on the door of the"
                    + " room where it started. Whole minutes from start to end: more than the policy's daily study"
                    + " cap ends it UNFINISHED, fewer than its shortest study session (30) TOO_SHORT, both without"
                    + " an entry; otherwise it is credited as a study session dated the day it started, under every"
                    + " rule of a study credit (CREDITED, with the entry and its points). A credit those rules refuse"
                    + " (daily cap, closed month, inactive card) ends it REFUSED with the rule's code in `refusal`."
                    + " A session that is not the open one of the caller's card (ended, unknown, another card's) is"
                    + " 409 READING_SESSION_NOT_OPEN.")
    @ApiResponse(
            responseCode = "200",
            description = "how the session ended",
            content = @Content(schema = @Schema(implementation = ReadingSessionEndedResponse.class)))
    @ProblemCodes({
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.READING_SESSION_NOT_OPEN,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.CHECK_IN_CODE_INVALID
    })
    @PostMapping("/reading-sessions/{sessionId}/end")
    @PreAuthorize("@access.mayUseReadingRoom(authentication)")
    public ResponseEntity<String> end(
            @PathVariable String sessionId,
            @Valid @RequestBody ReadingRoomCodeRequest request,
            @AuthenticationPrincipal LedgerUser volunteer) {
        return idempotency.execute(request, () -> readingSessions.end(sessionId, request.code(), volunteer));
    }

    @Operation(
            operationId = "listCardReadingSessions",
            summary = "List a card's reading sessions",
            description = "Newest first, at most `limit` (1 to 500). Who may read the card.")
    @ApiResponse(responseCode = "200", description = "the card's reading sessions")
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping("/cards/{cardId}/reading-sessions")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public List<ReadingSessionResponse> ofCard(
            @PathVariable String cardId, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return sessions.ofCard(cardId, limit).stream()
                .map(ReadingSessionResponse::of)
                .toList();
    }
}
