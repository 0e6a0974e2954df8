package org.pointsbank.api.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.period.Periods;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures behind the charts: a station's month ({@link StationMonth}) and a card's months ({@link CardMonths}). */
@Tag(name = FeatureTags.OVERVIEW)
@RestController
public class OverviewController {

    private final StationMonth stationMonth;
    private final CardMonths cardMonths;

    public OverviewController(StationMonth stationMonth, CardMonths cardMonths) {
        this.stationMonth = stationMonth;
        this.cardMonths = cardMonths;
    }

    @Operation(
            operationId = "getStationOverview",
            summary = "A station's month at a glance",
            description = "Points earned at the station in `period` (YYYY-MM, the current month by default) by kind"
                    + " (volunteer, study, governance) per ISO week (every week touching the month, zeros included;"
                    + " entries dated in the month, a reversal counted against the kind it reverses, as in the"
                    + " rankings), the activities held (closed, dated in the month), and the problem reports submitted"
                    + " to the station in the month with those of them resolved. Staff of the station, auditors and"
                    + " admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the month's figures",
            content = @Content(schema = @Schema(implementation = StationOverviewResponse.class)))
    @ProblemCodes({ProblemCode.INVALID_PERIOD, ProblemCode.STATION_NOT_FOUND})
    @GetMapping("/api/v1/stations/{stationId}/overview")
    @PreAuthorize("@access.mayOverseeStation(authentication, #stationId)")
    public StationOverviewResponse station(
            @PathVariable String stationId, @RequestParam(required = false) String period) {
        YearMonth month = period == null ? stationMonth.thisMonth() : Periods.parse(period, "period");
        return stationMonth.of(stationId, month, "stationId");
    }

    @Operation(
            operationId = "getCardMonths",
            summary = "A card's months",
            description = "The card's volunteer and study minutes and its points by kind per month from `from` to `to`"
                    + " (YYYY-MM, both included; `to` defaults to the current month, `from` to eleven months before"
                    + " `to`; at most 36 months), at every station, by the day each entry is dated; a reversal counts"
                    + " against the kind it reverses. Who may read the card.")
    @ApiResponse(
            responseCode = "200",
            description = "the card's months, oldest first",
            content = @Content(schema = @Schema(implementation = CardMonthsResponse.class)))
    @ProblemCodes({ProblemCode.INVALID_PERIOD, ProblemCode.CARD_NOT_FOUND})
    @GetMapping("/api/v1/cards/{cardId}/months")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public CardMonthsResponse card(
            @PathVariable String cardId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return cardMonths.of(cardId, month(from, "from"), month(to, "to"));
    }

    static YearMonth month(String value, String field) {
        return value == null ? null : Periods.parse(value, field);
    }
}
