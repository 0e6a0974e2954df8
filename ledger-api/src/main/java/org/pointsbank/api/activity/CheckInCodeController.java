package org.pointsbank.api.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pointsbank.api.checkin.CheckInCode;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An activity's rotating check-in code, for the screen at its sign-in table. */
@Tag(name = FeatureTags.ACTIVITY)
@RestController
public class CheckInCodeController {

    private final CheckInCodes codes;

    public CheckInCodeController(CheckInCodes codes) {
        this.codes = codes;
    }

    @Operation(
            operationId = "getActivityCheckInCode",
            summary = "Read an activity's current check-in code",
            description = "The code volunteers send to check themselves in or out, and when it is replaced; a code is"
                    + " accepted during its interval and the next (30 s each by default), so a code photographed and"
                    + " sent on stops working within a minute. Admins and the station's staff.")
    @ApiResponse(
            responseCode = "200",
            description = "the code shown now",
            content = @Content(schema = @Schema(implementation = CheckInCode.class)))
    @ProblemCodes(ProblemCode.ACTIVITY_NOT_FOUND)
    @GetMapping(path = "/api/v1/activities/{activityId}/check-in-code", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@access.mayReadActivityCode(authentication, #activityId)")
    public CheckInCode code(@PathVariable String activityId) {
        return codes.current(CheckInCodes.activityScope(activityId));
    }
}
