package org.pointsbank.api.period;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.http.WholeLogScans;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.core.card.api.CreditCommendationBonus;
import org.pointsbank.core.period.api.ClosePeriod;
import org.pointsbank.core.period.api.ConfirmCommendations;
import org.pointsbank.core.period.api.FileObjection;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.PeriodClosed;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.pointsbank.projections.period.Objection;
import org.pointsbank.projections.period.PeriodRepository;
import org.pointsbank.projections.ranking.RankingRepository;
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
 * The monthly ranking period: closing a month (its standings become final and are published), objections
 * during the public-notice window, then commendations. Every change is an event of the {@code Period}.
 */
@Tag(name = FeatureTags.PERIOD)
@RestController
@RequestMapping("/api/v1/periods")
public class PeriodController {

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final PeriodRepository periods;
    private final RankingRepository rankings;
    private final PointsBankProperties properties;
    private final WholeLogScans scans;

    public PeriodController(
            LedgerCommands commands,
            IdempotentRequests idempotency,
            PeriodRepository periods,
            RankingRepository rankings,
            PointsBankProperties properties,
            WholeLogScans scans) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.periods = periods;
        this.rankings = rankings;
        this.properties = properties;
        this.scans = scans;
    }

    /** Closed months, newest first. */
    @Operation(
            operationId = "listPeriods",
            summary = "List the closed months",
            description = "Newest first. Every signed-in user.")
    @ApiResponse(responseCode = "200", description = "the closed months")
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<PeriodResponse> all() {
        return periods.findAll().stream()
                .map(row -> PeriodResponse.of(row, null, null))
                .toList();
    }

    @Operation(
            operationId = "getPeriod",
            summary = "Read a closed month",
            description = "With its published standings and the objections filed against them. Every signed-in user.")
    @ApiResponse(responseCode = "200", description = "the month")
    @ProblemCodes({ProblemCode.INVALID_PERIOD, ProblemCode.PERIOD_NOT_FOUND})
    @GetMapping("/{period}")
    @PreAuthorize("@access.maySignIn(authentication)")
    public PeriodResponse one(@PathVariable String period) {
        YearMonth month = Periods.parse(period, "period");
        return periods.find(month.toString())
                .map(row -> PeriodResponse.of(row, rankings.published(month), periods.objections(month.toString())))
                .orElseThrow(() -> notClosed(month));
    }

    /**
     * Closes an ended month: takes the month's lock (credits and reversals dated in it wait, then are refused),
     * ranks it from the event log itself, and records the close with its standings in one transaction.
     */
    @Operation(
            operationId = "closePeriod",
            summary = "Close a month",
            description =
                    "Admins. Ranks the ended month from the event log itself and publishes its top `topN` per list"
                            + " (`pointsbank.rankings.top-n` by default); objections may be filed for `noticeDays` after"
                            + " (`pointsbank.rankings.notice-days` by default). Credits and reversals dated in a closed month"
                            + " are refused from then on (422 PERIOD_CLOSED).")
    @ApiResponse(
            responseCode = "201",
            description = "the month, closed, with its standings",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class)))
    @ProblemCodes({ProblemCode.INVALID_PERIOD, ProblemCode.PERIOD_ALREADY_CLOSED, ProblemCode.PERIOD_NOT_ENDED})
    @PostMapping("/{period}/close")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> close(@PathVariable String period, @Valid @RequestBody ClosePeriodRequest request) {
        YearMonth month = Periods.parse(period, "period");
        int topN =
                request.topN() != null ? request.topN() : properties.rankings().topN();
        int noticeDays = request.noticeDays() != null
                ? request.noticeDays()
                : properties.rankings().noticeDays();
        return idempotency.execute(request, () -> {
            periods.lockForClosing(month.toString());
            var standings = scans.run(() -> rankings.topOfEveryListFromLog(month, topN));
            PeriodClosed closed = commands.send(new ClosePeriod(month.toString(), topN, noticeDays, standings));
            return LedgerResponse.created(new PeriodResponse(
                    closed.period(),
                    "CLOSED",
                    closed.topN(),
                    closed.recordedAt(),
                    closed.noticeEndsAt(),
                    null,
                    standings,
                    List.of()));
        });
    }

    @Operation(
            operationId = "fileObjection",
            summary = "Object to a card's place in a closed month",
            description =
                    "During the month's public-notice window, staff of `stationId` (or admins) object to a card in"
                            + " the published standings, optionally naming the entry in question.")
    @ApiResponse(
            responseCode = "201",
            description = "the objection, filed",
            content = @Content(schema = @Schema(implementation = Objection.class)))
    @ProblemCodes({
        ProblemCode.INVALID_PERIOD,
        ProblemCode.PERIOD_NOT_CLOSED,
        ProblemCode.NOTICE_WINDOW_ENDED,
        ProblemCode.CARD_NOT_RANKED
    })
    @PostMapping("/{period}/objections")
    @PreAuthorize("@access.mayObjectAt(authentication, #request.stationId())")
    public ResponseEntity<String> object(@PathVariable String period, @Valid @RequestBody ObjectionRequest request) {
        YearMonth month = Periods.parse(period, "period");
        return idempotency.execute(request, () -> {
            ObjectionFiled filed = commands.send(new FileObjection(
                    month.toString(),
                    UUID.randomUUID().toString(),
                    request.cardId(),
                    request.stationId(),
                    request.entryId(),
                    request.reason()));
            return LedgerResponse.created(new Objection(
                    filed.objectionId(),
                    filed.period(),
                    filed.cardId(),
                    filed.stationId(),
                    filed.entryId(),
                    filed.reason(),
                    LedgerCommands.currentUser(),
                    filed.recordedAt()));
        });
    }

    /**
     * Records a commendation for each card in its station's final top N, then credits the bonus points, if
     * any, to each commended card: all in one transaction, so either every card is commended and credited or
     * none is.
     */
    @Operation(
            operationId = "confirmCommendations",
            summary = "Confirm a month's commendations",
            description = "Admins, once the public-notice window has ended: commends each card in its station's final"
                    + " top N and credits each the `bonusPoints` (none by default) as an entry of type"
                    + " COMMENDATION_BONUS, all or nothing.")
    @ApiResponse(
            responseCode = "201",
            description = "the cards commended",
            content = @Content(schema = @Schema(implementation = CommendationsResponse.class)))
    @ProblemCodes({
        ProblemCode.INVALID_PERIOD,
        ProblemCode.BONUS_OUT_OF_RANGE,
        ProblemCode.CONCURRENT_MODIFICATION,
        ProblemCode.PERIOD_NOT_CLOSED,
        ProblemCode.NOTICE_WINDOW_OPEN,
        ProblemCode.COMMENDATIONS_ALREADY_CONFIRMED
    })
    @PostMapping("/{period}/commendations")
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<String> commend(
            @PathVariable String period, @Valid @RequestBody CommendationsRequest request) {
        YearMonth month = Periods.parse(period, "period");
        long bonus = request.bonusPoints() == null ? 0 : request.bonusPoints();
        return idempotency.execute(request, () -> {
            List<VolunteerCommended> commended = commands.send(new ConfirmCommendations(month.toString(), bonus));
            if (bonus > 0) {
                for (VolunteerCommended c : commended) {
                    commands.toCard(
                            c.cardId(),
                            new CreditCommendationBonus(
                                    c.cardId(),
                                    UUID.randomUUID().toString(),
                                    c.stationId(),
                                    c.period(),
                                    c.rank(),
                                    bonus));
                }
            }
            return LedgerResponse.created(new CommendationsResponse(
                    month.toString(),
                    "COMMENDED",
                    bonus,
                    commended.stream()
                            .map(c -> new CommendationsResponse.Commended(
                                    c.cardId(), c.stationId(), c.rank(), c.points()))
                            .toList()));
        });
    }

    private static ApiException notClosed(YearMonth month) {
        return new ApiException(HttpStatus.NOT_FOUND, "PERIOD_NOT_FOUND", "period " + month + " is not closed");
    }
}
