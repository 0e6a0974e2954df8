package org.pointsbank.api.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.core.activity.api.AttendanceEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance: arrivals and departures at the ledger's clock, scanned by the desk (a card) or by the volunteer (the
 * activity's live code), and attendance taken on paper. One line a card: the activity refuses a second check-in
 * (409 ALREADY_CHECKED_IN), and its lock orders concurrent ones.
 */
@Tag(name = FeatureTags.ACTIVITY)
@RestController
@RequestMapping("/api/v1/activities/{activityId}")
public class AttendanceController {

    private final IdempotentRequests idempotency;
    private final Attendances attendances;

    public AttendanceController(IdempotentRequests idempotency, Attendances attendances) {
        this.idempotency = idempotency;
        this.attendances = attendances;
    }

    @Operation(
            operationId = "checkIn",
            summary = "Check a card in",
            description = "Staff of the station send `{cardId}` (e.g. scanning the card's QR code); a volunteer"
                    + " sends `{code}`, the activity's current check-in code, for their own card, where the activity"
                    + " allows self check-in (403 FORBIDDEN otherwise; 422 CHECK_IN_CODE_INVALID for a wrong or"
                    + " expired code). A card not on the roster joins it if a place is free. A second check-in of a"
                    + " card is 409 ALREADY_CHECKED_IN and records nothing.")
    @ApiResponse(
            responseCode = "200",
            description = "the arrival as recorded",
            content = @Content(schema = @Schema(implementation = AttendanceResponse.class)))
    @ProblemCodes({
        ProblemCode.ACTIVITY_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.ALREADY_CHECKED_IN,
        ProblemCode.ACTIVITY_FULL,
        ProblemCode.ACTIVITY_NOT_OPEN,
        ProblemCode.CHECK_IN_CODE_INVALID
    })
    @PostMapping("/check-ins")
    @PreAuthorize("@access.mayAttendActivity(authentication, #activityId)")
    public ResponseEntity<String> checkIn(
            @PathVariable String activityId,
            @Valid @RequestBody AttendeeRequest request,
            Authentication authentication) {
        return idempotency.execute(request, () -> attendances.checkIn(activityId, request, authentication));
    }

    @Operation(
            operationId = "checkOut",
            summary = "Check a card out",
            description = "As a check-in, `{cardId}` or `{code}`. The minutes counted are the overlap of the card's"
                    + " check-in to this check-out with the planned window, in whole minutes. 409 NOT_CHECKED_IN,"
                    + " ALREADY_CHECKED_OUT.")
    @ApiResponse(
            responseCode = "200",
            description = "the departure as recorded, with its minutes",
            content = @Content(schema = @Schema(implementation = AttendanceResponse.class)))
    @ProblemCodes({
        ProblemCode.ACTIVITY_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.NOT_CHECKED_IN,
        ProblemCode.ALREADY_CHECKED_OUT,
        ProblemCode.ACTIVITY_NOT_OPEN,
        ProblemCode.CHECK_IN_CODE_INVALID
    })
    @PostMapping("/check-outs")
    @PreAuthorize("@access.mayAttendActivity(authentication, #activityId)")
    public ResponseEntity<String> checkOut(
            @PathVariable String activityId,
            @Valid @RequestBody AttendeeRequest request,
            Authentication authentication) {
        return idempotency.execute(request, () -> attendances.checkOut(activityId, request, authentication));
    }

    @Operation(
            operationId = "recordAttendance",
            summary = "Enter attendance taken on paper",
            description = "Minutes per card, 0 to the planned minutes (400 VALIDATION_FAILED naming the line); they"
                    + " win over scanned minutes at the close, and a later sheet over an earlier one. Cards not on"
                    + " the roster join it if places are free (409 ACTIVITY_FULL otherwise); all or nothing. Admins"
                    + " and the station's staff.")
    @ApiResponse(responseCode = "200", description = "the sheet as recorded")
    @ProblemCodes({
        ProblemCode.ACTIVITY_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.ACTIVITY_FULL,
        ProblemCode.ACTIVITY_NOT_OPEN
    })
    @PostMapping("/attendance")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ResponseEntity<String> attendance(
            @PathVariable String activityId, @Valid @RequestBody AttendanceRequest request) {
        return idempotency.execute(request, () -> attendances.record(activityId, request));
    }

    /** A sheet of attendance as recorded, and the cards it put on the roster. */
    public record Sheet(String activityId, java.util.List<AttendanceEntry> entries, java.util.List<String> added) {}

    static ApiException invalidCode() {
        return new ApiException(
                org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                "CHECK_IN_CODE_INVALID",
                "the check-in code is wrong or has expired",
                "code");
    }
}
