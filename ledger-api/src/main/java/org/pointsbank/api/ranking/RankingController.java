package org.pointsbank.api.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.period.Periods;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.projections.period.PeriodRepository;
import org.pointsbank.projections.ranking.ExplainedEntry;
import org.pointsbank.projections.ranking.RankingCategory;
import org.pointsbank.projections.ranking.RankingLine;
import org.pointsbank.projections.ranking.RankingRepository;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monthly standings per station and city-wide, and what makes up any ranked figure. */
@Tag(name = FeatureTags.RANKING)
@RestController
@RequestMapping("/api/v1/rankings")
public class RankingController {

    static final int MAX_LIMIT = 1000;

    private final RankingRepository rankings;
    private final PeriodRepository periods;
    private final StationRepository stations;
    private final Clock clock;

    public RankingController(
            RankingRepository rankings, PeriodRepository periods, StationRepository stations, Clock clock) {
        this.rankings = rankings;
        this.periods = periods;
        this.stations = stations;
        this.clock = clock;
    }

    /** {@code period} defaults to the current month, {@code category} to {@code all}, {@code limit} to 100. */
    @Operation(
            operationId = "getRanking",
            summary = "Read a month's ranking",
            description = "Cards by points in `period` (the current month by default), city-wide or at `stationId`, in"
                    + " `category` volunteer, study, governance (verified problem reports) or all (the default: every"
                    + " kind), at most `limit` (1 to 1000, 100 by default)."
                    + " `status` is LIVE, or FINAL once the month is closed. Every signed-in user.")
    @ApiResponse(responseCode = "200", description = "the ranking")
    @ProblemCodes({
        ProblemCode.INVALID_PERIOD,
        ProblemCode.INVALID_CATEGORY,
        ProblemCode.INVALID_LIMIT,
        ProblemCode.STATION_NOT_FOUND
    })
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public RankingResponse standings(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String stationId,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {"volunteer", "study", "governance", "all"},
                                            type = "string",
                                            defaultValue = "all"))
                    @RequestParam(defaultValue = "all")
                    String category,
            @RequestParam(defaultValue = "100") int limit) {
        YearMonth month = period == null ? YearMonth.now(clock) : Periods.parse(period, "period");
        RankingCategory ranked = category(category);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "INVALID_LIMIT", "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        String station = blankToNull(stationId);
        requireStation(station);
        List<RankingLine> lines = rankings.standings(month, station, ranked, limit);
        String status = periods.find(month.toString()).isPresent() ? "FINAL" : "LIVE";
        return new RankingResponse(month.toString(), station, ranked.label(), status, lines);
    }

    @Operation(
            operationId = "explainRanking",
            summary = "Explain a card's ranked figures",
            description = "The entries that make up the card's points and minutes in a month's ranking (a reversal"
                    + " counts as the kind it reverses). Who may read the card.")
    @ApiResponse(responseCode = "200", description = "the card's entries in the month and their sums")
    @ProblemCodes({
        ProblemCode.INVALID_PERIOD,
        ProblemCode.INVALID_CATEGORY,
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.STATION_NOT_FOUND
    })
    @GetMapping("/explain")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public ExplanationResponse explain(
            @RequestParam String period,
            @RequestParam String cardId,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {"volunteer", "study", "governance", "all"},
                                            type = "string",
                                            defaultValue = "all"))
                    @RequestParam(defaultValue = "all")
                    String category,
            @RequestParam(required = false) String stationId) {
        YearMonth month = Periods.parse(period, "period");
        RankingCategory ranked = category(category);
        String station = blankToNull(stationId);
        requireStation(station);
        List<ExplainedEntry> entries = rankings.entries(month, cardId, station, ranked);
        long points = entries.stream().mapToLong(ExplainedEntry::points).sum();
        long volunteer = minutes(entries, "VOLUNTEER_HOURS");
        long study = minutes(entries, "STUDY_SESSION");
        return new ExplanationResponse(
                month.toString(), cardId, station, ranked.label(), points, volunteer, study, entries);
    }

    /** Minutes of one kind among the entries: a reversal counts as the kind it reverses. */
    private static long minutes(List<ExplainedEntry> entries, String kind) {
        List<String> ofKind = entries.stream()
                .filter(e -> e.type().equals(kind))
                .map(ExplainedEntry::entryId)
                .toList();
        return entries.stream()
                .filter(e -> e.type().equals(kind) || (e.reverses() != null && ofKind.contains(e.reverses())))
                .mapToLong(ExplainedEntry::minutes)
                .sum();
    }

    /** A station named in the query must exist; none means city-wide. */
    private void requireStation(String stationId) {
        if (stationId != null) {
            StationCheck.require(stations, stationId, "stationId");
        }
    }

    private static RankingCategory category(String label) {
        return RankingCategory.of(label)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "INVALID_CATEGORY",
                        "category must be volunteer, study, governance or all; got " + label,
                        "category"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
