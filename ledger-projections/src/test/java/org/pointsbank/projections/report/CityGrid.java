package org.pointsbank.projections.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.GridLevel;

/**
 * A small grid for the statistics oracle: one county, two streets, two or three communities each, one or two
 * grids a community, units under some grids. The county names station-a, the second street station-b, one
 * community station-c; every other cell inherits. Parents and stations are kept here in plain maps, so the oracle
 * walks the tree without the read model.
 */
final class CityGrid {

    static final Instant ADDED = Instant.parse("2025-12-01T00:00:00Z");

    final Map<String, String> parent = new LinkedHashMap<>();
    final Map<String, String> station = new LinkedHashMap<>();
    final List<DomainEventMessage<?>> events = new ArrayList<>();

    CityGrid() {
        add("county", null, GridLevel.COUNTY, "station-a");
        add("street-1", "county", GridLevel.STREET, null);
        add("street-2", "county", GridLevel.STREET, "station-b");
        int[] communities = {3, 2};
        for (int s = 1; s <= 2; s++) {
            for (int c = 1; c <= communities[s - 1]; c++) {
                String community = "community-" + s + c;
                add(community, "street-" + s, GridLevel.COMMUNITY, s == 1 && c == 2 ? "station-c" : null);
                for (int g = 1; g <= (c % 2 == 1 ? 2 : 1); g++) {
                    String grid = "grid-" + s + c + g;
                    add(grid, community, GridLevel.GRID, null);
                    if (g == 1) {
                        add("unit-" + s + c + g, grid, GridLevel.UNIT, s == 2 && c == 1 ? "station-a" : null);
                    }
                }
            }
        }
    }

    private void add(String id, String parentId, GridLevel level, String stationId) {
        parent.put(id, parentId);
        station.put(id, stationId);
        events.add(new GenericDomainEventMessage<>(
                "GridCell", id, 0, new GridCellAdded(id, "Cell " + id, level, parentId, stationId, ADDED), Map.of()));
    }

    List<String> cells() {
        return new ArrayList<>(parent.keySet());
    }

    /** The station that handles reports in the cell: its own, else the nearest ancestor's. */
    String handlingStation(String cell) {
        for (String c = cell; c != null; c = parent.get(c)) {
            if (station.get(c) != null) {
                return station.get(c);
            }
        }
        throw new IllegalStateException("no station above " + cell);
    }

    /** True when {@code cell} is {@code ancestor} or lies below it. */
    boolean within(String cell, String ancestor) {
        for (String c = cell; c != null; c = parent.get(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
