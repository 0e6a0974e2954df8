package org.pointsbank.api.station;

import org.pointsbank.api.http.ApiException;
import org.pointsbank.projections.station.StationRepository;

/** The one check that a request names a registered station: 404 STATION_NOT_FOUND on {@code field}. */
public final class StationCheck {

    private StationCheck() {}

    public static void require(StationRepository stations, String stationId, String field) {
        if (!stations.exists(stationId)) {
            throw ApiException.stationNotFound(stationId, field);
        }
    }
}
