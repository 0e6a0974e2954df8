package org.pointsbank.projections.station;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.station.api.StationRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code station}. It runs in a subscribing processor, inside the transaction that
 * records the event, because commands check against it that a station exists: a station is
 * usable the moment its creation is acknowledged.
 */
@Component
@ProcessingGroup(StationProjection.NAME)
public class StationProjection {

    public static final String NAME = "station";

    private final JdbcTemplate jdbc;

    public StationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StationRegistered event) {
        jdbc.update(
                "INSERT INTO station (station_id, name, registered_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                event.stationId(),
                event.name(),
                Timestamp.from(event.registeredAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM station");
    }
}
