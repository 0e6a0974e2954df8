package org.pointsbank.api.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The close of an activity: every attendee credited exactly once ({@link ActivityCloses}). */
@Tag(name = FeatureTags.ACTIVITY)
@RestController
public class ActivityCloseController {

    private final ActivityCloses closes;

    public ActivityCloseController(ActivityCloses closes) {
        this.closes = closes;
    }

    @Operation(
            operationId = "closeActivity",
            summary = "Close an activity and credit its attendees",
            description = "Attendance becomes final: each roster member with minutes (the close's clock ends any"
                    + " open check-in; paper attendance wins over scans) is credited once, as an ordinary"
                    + " VOLUNTEER_HOURS or STUDY_SESSION entry dated the activity's date, with its title as text and"
                    + " its `activityId`, under the same rules as a single credit: a refusal of one attendee (e.g."
                    + " DAILY_LIMIT_EXCEEDED, CARD_NOT_ACTIVE, PERIOD_CLOSED, OCCURRED_ON_OUT_OF_RANGE) is listed with"
                    + " its code and refuses nothing else; the rest are `noShows`. Closing again is 409"
                    + " ACTIVITY_CLOSED; the same Idempotency-Key replays the answer. A service stopped in the"
                    + " middle finishes the close after a restart. If credits are still being carried out after"
                    + " `pointsbank.activities.close-wait` (30 s), the answer is 202 with status CLOSING and"
                    + " `pending`: send the same request (same key) again for the final 200. No body. Admins and the"
                    + " station's staff.")
    @ApiResponse(
            responseCode = "200",
            description = "the activity closed, every attendee credited or refused",
            content = @Content(schema = @Schema(implementation = CloseResponse.class)))
    @ApiResponse(
            responseCode = "202",
            description = "the close is recorded and its credits are still being carried out",
            content = @Content(schema = @Schema(implementation = CloseResponse.class)))
    @ProblemCodes({ProblemCode.ACTIVITY_NOT_FOUND, ProblemCode.ACTIVITY_CLOSED, ProblemCode.ACTIVITY_NOT_OPEN})
    @PostMapping("/api/v1/activities/{activityId}/close")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ResponseEntity<String> close(@PathVariable String activityId) {
        return closes.close(activityId);
    }
}
