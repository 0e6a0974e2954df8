package org.pointsbank.api.web;

import org.pointsbank.projections.station.StationRepository;

/** The one check that a request names a registered station: 404 STATION_NOT_FOUND on {@code field}. */
final class StationCheck {

    private StationCheck() {
    }

    static void require(StationRepository stations, String stationId, String field) {
        if (!stations.exists(stationId)) {
            throw ApiException.stationNotFound(stationId, field);
        }
    }
}
