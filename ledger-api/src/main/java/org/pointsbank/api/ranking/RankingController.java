package org.pointsbank.api.ranking;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.pointsbank.api.http.ApiException;
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
@RestController
@RequestMapping("/api/v1/rankings")
public class RankingController {

    static final int MAX_LIMIT = 1000;

    private final RankingRepository rankings;
    private final PeriodRepository periods;
    private final StationRepository stations;
    private final Clock clock;

    public RankingController(RankingRepository rankings, PeriodRepository periods, StationRepository stations,
                             Clock clock) {
        this.rankings = rankings;
        this.periods = periods;
        this.stations = stations;
        this.clock = clock;
    }

    /** {@code period} defaults to the current month, {@code category} to {@code all}, {@code limit} to 100. */
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public RankingResponse standings(@RequestParam(required = false) String period,
                                     @RequestParam(required = false) String stationId,
                                     @RequestParam(defaultValue = "all") String category,
                                     @RequestParam(defaultValue = "100") int limit) {
        YearMonth month = period == null ? YearMonth.now(clock) : Periods.parse(period, "period");
        RankingCategory ranked = category(category);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_LIMIT",
                    "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        String station = blankToNull(stationId);
        requireStation(station);
        List<RankingLine> lines = rankings.standings(month, station, ranked, limit);
        String status = periods.find(month.toString()).isPresent() ? "FINAL" : "LIVE";
        return new RankingResponse(month.toString(), station, ranked.label(), status, lines);
    }

    @GetMapping("/explain")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public ExplanationResponse explain(@RequestParam String period, @RequestParam String cardId,
                                       @RequestParam(defaultValue = "all") String category,
                                       @RequestParam(required = false) String stationId) {
        YearMonth month = Periods.parse(period, "period");
        RankingCategory ranked = category(category);
        String station = blankToNull(stationId);
        requireStation(station);
        List<ExplainedEntry> entries = rankings.entries(month, cardId, station, ranked);
        long points = entries.stream().mapToLong(ExplainedEntry::points).sum();
        long volunteer = minutes(entries, "VOLUNTEER_HOURS");
        long study = minutes(entries, "STUDY_SESSION");
        return new ExplanationResponse(month.toString(), cardId, station, ranked.label(), points, volunteer, study,
                entries);
    }

    /** Minutes of one kind among the entries: a reversal counts as the kind it reverses. */
    private static long minutes(List<ExplainedEntry> entries, String kind) {
        List<String> ofKind = entries.stream().filter(e -> e.type().equals(kind)).map(ExplainedEntry::entryId).toList();
        return entries.stream()
                .filter(e -> e.type().equals(kind) || (e.reverses() != null && ofKind.contains(e.reverses())))
                .mapToLong(ExplainedEntry::minutes).sum();
    }

    /** A station named in the query must exist; none means city-wide. */
    private void requireStation(String stationId) {
        if (stationId != null) {
            StationCheck.require(stations, stationId, "stationId");
        }
    }

    private static RankingCategory category(String label) {
        return RankingCategory.of(label).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "INVALID_CATEGORY", "category must be volunteer, study or all; got " + label, "category"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
