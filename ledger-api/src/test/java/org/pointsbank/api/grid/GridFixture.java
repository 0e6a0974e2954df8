package org.pointsbank.api.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/**
 * Grid cells and report categories for the tests, added by the admin through HTTP: fresh ids every call, so no test
 * meets another's cells.
 */
public final class GridFixture {

    private final ApiClient admin;

    public GridFixture(ApiClient admin) {
        this.admin = admin;
    }

    /** Adds a cell and answers its id; {@code parentId} and {@code stationId} may be null. */
    public String cell(String level, String parentId, String stationId) {
        ApiResponse added = add(fresh(level.toLowerCase()), level, parentId, stationId);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asText();
    }

    /** A county handled by {@code stationId}, and a unit four levels below it that inherits the station. */
    public String unitUnder(String stationId) {
        String county = cell("COUNTY", null, stationId);
        String street = cell("STREET", county, null);
        String community = cell("COMMUNITY", street, null);
        String grid = cell("GRID", community, null);
        return cell("UNIT", grid, null);
    }

    public ApiResponse add(String id, String level, String parentId, String stationId) {
        return admin.post(
                "/api/v1/grid-cells",
                UUID.randomUUID().toString(),
                "{\"id\":\"" + id + "\",\"name\":\"Cell " + id + "\",\"level\":\"" + level + "\""
                        + (parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"")
                        + (stationId == null ? "" : ",\"stationId\":\"" + stationId + "\"") + "}");
    }

    /** Adds a report category earning {@code points} and answers its code. */
    public String category(int points) {
        String code = fresh("cat");
        ApiResponse added = admin.post(
                "/api/v1/report-categories",
                UUID.randomUUID().toString(),
                "{\"code\":\"" + code + "\",\"name\":\"Category " + code + "\",\"points\":" + points
                        + ",\"description\":\"a problem seen in the street\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return code;
    }

    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
