package org.pointsbank.api.station;

import java.time.Instant;
import org.pointsbank.projections.station.StationRow;

/** A station as the API shows it. */
public record StationResponse(String id, String name, Instant registeredAt) {

    static StationResponse of(StationRow row) {
        return new StationResponse(row.stationId(), row.name(), row.registeredAt());
    }
}
