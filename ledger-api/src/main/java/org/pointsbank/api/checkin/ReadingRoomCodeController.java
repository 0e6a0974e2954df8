package org.pointsbank.api.checkin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.qr.QrImages;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The code on a reading room's door: what a volunteer scans to start or end a session there. */
@Tag(name = FeatureTags.CHECK_IN)
@RestController
public class ReadingRoomCodeController {

    private final CheckInCodeResponses responses;
    private final CheckInUrls urls;
    private final StationRepository stations;

    public ReadingRoomCodeController(CheckInCodeResponses responses, CheckInUrls urls, StationRepository stations) {
        this.responses = responses;
        this.urls = urls;
        this.stations = stations;
    }

    @Operation(
            operationId = "getReadingRoomCode",
            summary = "Read the code on a reading room's door",
            description = "The station's rotating reading-room code (a new one every `pointsbank.check-in.interval`,"
                    + " 30 s by default; a code is accepted in its interval and the next) as JSON, or with `Accept:"
                    + " image/png` or `image/svg+xml` the QR code of `url`, the volunteer page"
                    + " `/me/reading-room?station={stationId}&code={code}` that starts or ends a session with it."
                    + " Admins, staff of the station and its kiosk.")
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
    @ProblemCodes(ProblemCode.STATION_NOT_FOUND)
    @GetMapping(
            path = "/api/v1/stations/{stationId}/reading-room/code",
            produces = {MediaType.APPLICATION_JSON_VALUE, QrImages.PNG, QrImages.SVG})
    @PreAuthorize("@access.mayReadCodes(authentication, #stationId)")
    public ResponseEntity<?> code(@PathVariable String stationId, HttpServletRequest request) {
        StationCheck.require(stations, stationId, "stationId");
        return responses.answer(
                CheckInCodes.readingRoomScope(stationId), code -> urls.readingRoom(stationId, code), request);
    }
}
