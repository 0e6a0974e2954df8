package org.pointsbank.api.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.CancelActivity;
import org.pointsbank.projections.activity.ActivityRepository;
import org.pointsbank.projections.activity.ActivityRow;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Activities: planning one, reading them, the roster, sign-ups and calling one off. */
@Tag(name = FeatureTags.ACTIVITY)
@RestController
@RequestMapping("/api/v1")
@Validated
public class ActivityController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final StationRepository stations;
    private final ActivityRepository activities;
    private final ActivityPlans plans;
    private final Rosters rosters;
    private final SignUps signUps;

    public ActivityController(
            LedgerCommands commands,
            IdempotentRequests idempotency,
            StationRepository stations,
            ActivityRepository activities,
            ActivityPlans plans,
            Rosters rosters,
            SignUps signUps) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.stations = stations;
        this.activities = activities;
        this.plans = plans;
        this.rosters = rosters;
        this.signUps = signUps;
    }

    @Operation(
            operationId = "planActivity",
            summary = "Plan an activity",
            description = "A session of volunteer work or study at the station on a business date, in a window of"
                    + " local times in the service's zone. The planned minutes must be creditable under the policy"
                    + " for the kind (422 INVALID_ACTIVITY_TERMS naming the field). `capacity` absent: unlimited;"
                    + " `selfCheckIn` (default true) lets volunteers check themselves in with the activity's code."
                    + " Admins and the station's staff.")
    @ApiResponse(
            responseCode = "201",
            description = "the activity, open",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @ProblemCodes({ProblemCode.STATION_NOT_FOUND, ProblemCode.INVALID_ACTIVITY_TERMS})
    @PostMapping("/stations/{stationId}/activities")
    @PreAuthorize("@access.mayPlanActivityAt(authentication, #stationId)")
    public ResponseEntity<String> plan(
            @PathVariable String stationId, @Valid @RequestBody PlanActivityRequest request) {
        return idempotency.execute(request, () -> plans.plan(stationId, request));
    }

    @Operation(
            operationId = "listActivities",
            summary = "List a station's activities",
            description = "Newest first, dated within `from`..`to` (either open-ended), of the `status` given (OPEN,"
                    + " CLOSED, CANCELLED; all when absent), at most `limit`. Admins, auditors and the station's"
                    + " staff; volunteers see the open ones only. Eventually consistent with what was recorded.")
    @ApiResponse(responseCode = "200", description = "the activities, without rosters")
    @ProblemCodes(ProblemCode.STATION_NOT_FOUND)
    @GetMapping("/stations/{stationId}/activities")
    @PreAuthorize("@access.mayListActivitiesAt(authentication, #stationId)")
    public List<ActivityResponse> list(
            @PathVariable String stationId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = "OPEN|CLOSED|CANCELLED") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
            Authentication authentication) {
        StationCheck.require(stations, stationId, "stationId");
        String shown = isVolunteer(authentication) ? "OPEN" : status;
        if (isVolunteer(authentication) && status != null && !"OPEN".equals(status)) {
            return List.of();
        }
        return activities.ofStation(stationId, from, to, shown, limit).stream()
                .map(row -> ActivityResponse.of(row, null))
                .toList();
    }

    @Operation(
            operationId = "getActivity",
            summary = "Read an activity and its roster",
            description = "The activity with its roster: each card's status (SIGNED_UP, CHECKED_IN, CHECKED_OUT,"
                    + " CREDITED, REFUSED, NO_SHOW), times, minutes, entry and refusal. Admins, auditors and the"
                    + " station's staff see every line; a volunteer sees only their own. Eventually consistent.")
    @ApiResponse(
            responseCode = "200",
            description = "the activity",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @ProblemCodes(ProblemCode.ACTIVITY_NOT_FOUND)
    @GetMapping("/activities/{activityId}")
    @PreAuthorize("@access.mayReadActivity(authentication, #activityId)")
    public ActivityResponse get(@PathVariable String activityId, Authentication authentication) {
        ActivityRow row = activities.find(activityId).orElseThrow(() -> ApiException.activityNotFound(activityId));
        LedgerUser user = (LedgerUser) authentication.getPrincipal();
        List<RosterLineResponse> roster = (user.is(Role.VOLUNTEER)
                        ? activities.line(activityId, user.cardId()).stream().toList()
                        : activities.roster(activityId))
                .stream().map(RosterLineResponse::of).toList();
        return ActivityResponse.of(row, roster);
    }

    @Operation(
            operationId = "addToRoster",
            summary = "Put cards on an activity's roster",
            description = "All or nothing: unknown cards are 404 CARD_NOT_FOUND listing them; more than the free"
                    + " places 409 ACTIVITY_FULL (the detail says how many fit). Cards on the roster already are left"
                    + " as they are. Only while the activity is open. Admins and the station's staff.")
    @ApiResponse(responseCode = "200", description = "the cards added (those not on the roster before)")
    @ProblemCodes({
        ProblemCode.ACTIVITY_NOT_FOUND,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.ACTIVITY_FULL,
        ProblemCode.ACTIVITY_NOT_OPEN
    })
    @PostMapping("/activities/{activityId}/roster")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ResponseEntity<String> roster(@PathVariable String activityId, @Valid @RequestBody RosterRequest request) {
        return idempotency.execute(request, () -> rosters.add(activityId, request));
    }

    @Operation(
            operationId = "signUpForActivity",
            summary = "Sign up for an activity",
            description = "A volunteer puts their own card on the roster; 409 ACTIVITY_FULL when no place is left,"
                    + " 409 ACTIVITY_NOT_OPEN once it is closed or cancelled. Signing up again changes nothing."
                    + " Volunteers only; no body.")
    @ApiResponse(responseCode = "200", description = "the volunteer's card is on the roster")
    @ProblemCodes({ProblemCode.ACTIVITY_NOT_FOUND, ProblemCode.ACTIVITY_FULL, ProblemCode.ACTIVITY_NOT_OPEN})
    @PostMapping("/activities/{activityId}/signups")
    @PreAuthorize("@access.maySignUpFor(authentication, #activityId)")
    public ResponseEntity<String> signUp(@PathVariable String activityId, Authentication authentication) {
        String card = ((LedgerUser) authentication.getPrincipal()).cardId();
        return idempotency.execute(null, () -> signUps.signUp(activityId, card));
    }

    @Operation(
            operationId = "cancelActivity",
            summary = "Call an activity off",
            description = "Only while it is open (409 ACTIVITY_NOT_OPEN otherwise); nobody is credited. Admins and"
                    + " the station's staff.")
    @ApiResponse(
            responseCode = "200",
            description = "the activity, cancelled",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @ProblemCodes({ProblemCode.ACTIVITY_NOT_FOUND, ProblemCode.ACTIVITY_NOT_OPEN})
    @PostMapping("/activities/{activityId}/cancellation")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ResponseEntity<String> cancel(
            @PathVariable String activityId, @Valid @RequestBody CancelActivityRequest request) {
        return idempotency.execute(request, () -> {
            ActivityCancelled cancelled = commands.send(new CancelActivity(activityId, request.reason()));
            return LedgerResponse.ok(new Cancelled(cancelled.activityId(), "CANCELLED", cancelled.reason()));
        });
    }

    private static boolean isVolunteer(Authentication authentication) {
        return ((LedgerUser) authentication.getPrincipal()).is(Role.VOLUNTEER);
    }

    /** The cards a roster request or a sign-up put on the roster. */
    public record RosterAdded(String activityId, List<String> added) {}

    /** An activity called off. */
    public record Cancelled(String activityId, String status, String reason) {}
}
