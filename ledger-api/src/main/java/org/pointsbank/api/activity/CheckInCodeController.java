package org.pointsbank.api.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.pointsbank.api.checkin.CheckInCodeResponse;
import org.pointsbank.api.checkin.CheckInCodeResponses;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.checkin.CheckInUrls;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.qr.QrImages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An activity's rotating check-in code, for the screen at its sign-in table. */
@Tag(name = FeatureTags.CHECK_IN)
@RestController
public class CheckInCodeController {

    private final CheckInCodeResponses responses;
    private final CheckInUrls urls;

    public CheckInCodeController(CheckInCodeResponses responses, CheckInUrls urls) {
        this.responses = responses;
        this.urls = urls;
    }

    @Operation(
            operationId = "getActivityCheckInCode",
            summary = "Read an activity's current check-in code",
            description = "The activity's rotating code (a new one every `pointsbank.check-in.interval`, 30 s by"
                    + " default; a code is accepted in its interval and the next, so a code photographed and sent on"
                    + " stops working within a minute) as JSON, or with `Accept: image/png` or `image/svg+xml` the QR"
                    + " code of `url`, the volunteer page `/me/check-in?activity={activityId}&code={code}` that checks"
                    + " in or out with it. Admins, staff of the activity's station and its kiosk.")
    @ApiResponse(
            responseCode = "200",
            description = "the current code, or its QR code",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = CheckInCodeResponse.class)),
                @Content(mediaType = QrImages.PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = QrImages.SVG, schema = @Schema(type = "string"))
            })
    @ProblemCodes(ProblemCode.ACTIVITY_NOT_FOUND)
    @GetMapping(
            path = "/api/v1/activities/{activityId}/check-in-code",
            produces = {MediaType.APPLICATION_JSON_VALUE, QrImages.PNG, QrImages.SVG})
    @PreAuthorize("@access.mayReadActivityCode(authentication, #activityId)")
    public ResponseEntity<?> code(@PathVariable String activityId, HttpServletRequest request) {
        return responses.answer(
                CheckInCodes.activityScope(activityId), code -> urls.activityCheckIn(activityId, code), request);
    }
}
