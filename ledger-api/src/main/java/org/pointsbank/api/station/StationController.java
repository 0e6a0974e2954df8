package org.pointsbank.api.station;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.core.station.api.RegisterStation;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stations: created by admins, listed for every signed-in user. */
@Tag(name = FeatureTags.STATION)
@RestController
@RequestMapping("/api/v1/stations")
public class StationController {

    private final LedgerCommands commands;
    private final StationRepository stations;

    public StationController(LedgerCommands commands, StationRepository stations) {
        this.commands = commands;
        this.stations = stations;
    }

    @Operation(
            operationId = "createStation",
            summary = "Create a station",
            description = "Admins. The id is a slug chosen by the caller (e.g. `yungu`).")
    @ApiResponse(
            responseCode = "201",
            description = "the station",
            content = @Content(schema = @Schema(implementation = StationResponse.class)))
    @ProblemCodes(ProblemCode.STATION_ALREADY_EXISTS)
    @PostMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<StationResponse> create(@Valid @RequestBody CreateStationRequest request) {
        if (stations.exists(request.id())) {
            throw alreadyExists(request.id());
        }
        try {
            commands.send(new RegisterStation(request.id(), request.name()));
        } catch (EventStoreException | AggregateStreamCreationException raceLostToAnotherRequest) {
            // the event store's unique key settles two concurrent creations of one id
            throw alreadyExists(request.id());
        }
        // The station projection runs in the recording transaction: the row is there now.
        StationResponse body =
                stations.find(request.id()).map(StationResponse::of).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private static ApiException alreadyExists(String stationId) {
        return new ApiException(
                HttpStatus.CONFLICT, "STATION_ALREADY_EXISTS", "station " + stationId + " already exists", "id");
    }

    @Operation(operationId = "listStations", summary = "List the stations", description = "Every signed-in user.")
    @ApiResponse(responseCode = "200", description = "every station")
    @GetMapping
    @PreAuthorize("@access.maySignIn(authentication)")
    public List<StationResponse> list() {
        return stations.findAll().stream().map(StationResponse::of).toList();
    }
}
