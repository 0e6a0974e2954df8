package org.pointsbank.projections.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.station.api.StationRegistered;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

class StationProjectionTest extends ProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private StationProjection projection;
    private StationRepository stations;

    @BeforeEach
    void projection() {
        projection = new StationProjection(jdbc);
        stations = new StationRepository(jdbc);
    }

    @Test
    void aRegisteredStationExistsAndIsListedOnceHoweverOftenItsEventIsHandled() {
        recorded(
                projection,
                event("Station", "station-b", 0, new StationRegistered("station-b", "Bridge", AT)),
                event("Station", "station-a", 0, new StationRegistered("station-a", "Riverside", AT)));
        recorded(projection, event("Station", "station-a", 0, new StationRegistered("station-a", "Renamed?", AT)));

        assertThat(stations.findAll())
                .containsExactly(
                        new StationRow("station-a", "Riverside", AT), new StationRow("station-b", "Bridge", AT));
        assertThat(stations.exists("station-a")).isTrue();
        assertThat(stations.exists("station-c")).isFalse();
    }

    @Test
    void aStationSeenInsideATransactionThatRollsBackIsNotRememberedAsExisting() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("INSERT INTO station (station_id, name, registered_at) VALUES ('station-x', 'X', now())");
            assertThat(stations.exists("station-x")).isTrue();
            status.setRollbackOnly();
        });

        assertThat(stations.exists("station-x")).isFalse();
    }
}
