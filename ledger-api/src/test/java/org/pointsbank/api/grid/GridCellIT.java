package org.pointsbank.api.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;

/**
 * The grid through HTTP: cells added level by level, the handling station inherited downwards and followed after a
 * re-assignment, the tree read back; and every refusal, which records nothing.
 */
class GridCellIT extends IntegrationTest {

    private GridFixture grid;
    private ProblemAssertions problems;

    @BeforeEach
    void fixtures() {
        grid = new GridFixture(admin);
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aCellInheritsItsParentsStationAndTheTreeReadsBack() {
        String station = ledger.station();
        String county = grid.cell("COUNTY", null, station);
        ApiResponse street = grid.add(GridFixture.fresh("street"), "STREET", county, null);

        assertThat(street.status()).as(street.toString()).isEqualTo(201);
        assertThat(street.json().get("stationId").isNull()).isTrue();
        assertThat(street.json().get("handlingStationId").asText()).isEqualTo(station);
        assertThat(street.json().get("level").asText()).isEqualTo("STREET");
        assertThat(street.json().get("path").get(0).get("id").asText()).isEqualTo(county);
        String streetId = street.json().get("id").asText();
        String community = grid.cell("COMMUNITY", streetId, null);

        await().atMost(ProblemAssertions.PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode read = admin.get("/api/v1/grid-cells/" + community).json();
            assertThat(read.get("handlingStationId").asText()).isEqualTo(station);
            assertThat(ids(read.get("path"))).containsExactly(county, streetId);
        });
        JsonNode children = admin.get("/api/v1/grid-cells?parentId=" + county).json();
        assertThat(ids(children)).containsExactly(streetId);
        assertThat(children.get(0).get("handlingStationId").asText()).isEqualTo(station);
        assertThat(children.get(0).has("path")).isFalse();
        assertThat(ids(admin.get("/api/v1/grid-cells").json())).contains(county).doesNotContain(streetId);
    }

    @Test
    void aReassignedStationIsFollowedBelowUntilTheCellInheritsAgain() {
        String first = ledger.station();
        String second = ledger.station();
        String county = grid.cell("COUNTY", null, first);
        String street = grid.cell("STREET", county, null);
        String community = grid.cell("COMMUNITY", street, null);

        ApiResponse assigned = assign(street, "\"" + second + "\"");

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("stationId").asText()).isEqualTo(second);
        assertThat(assigned.json().get("handlingStationId").asText()).isEqualTo(second);
        // a cell added below now inherits the new station, as the command side sees it at once
        ApiResponse grid2 = grid.add(GridFixture.fresh("grid"), "GRID", community, null);
        assertThat(grid2.json().get("handlingStationId").asText()).isEqualTo(second);
        awaitHandledBy(community, second);

        ApiResponse inheriting = assign(street, "null");

        assertThat(inheriting.status()).as(inheriting.toString()).isEqualTo(200);
        assertThat(inheriting.json().get("stationId").isNull()).isTrue();
        assertThat(inheriting.json().get("handlingStationId").asText()).isEqualTo(first);
        awaitHandledBy(community, first);
        assertThat(problems.events(street)).isEqualTo(3);
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerAndAddsNothing() {
        String county = GridFixture.fresh("county");
        String key = key();
        String body = "{\"id\":\"" + county + "\",\"name\":\"Xihu\",\"level\":\"COUNTY\"}";

        ApiResponse first = admin.post("/api/v1/grid-cells", key, body);
        ApiResponse again = admin.post("/api/v1/grid-cells", key, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(first.json().get("handlingStationId").isNull()).isTrue();
        assertThat(problems.events(county)).isEqualTo(1);
    }

    @Test
    void aParentThatIsUnknownOrNotOneLevelUpIsInvalidGridCell() {
        String county = grid.cell("COUNTY", null, null);
        String street = grid.cell("STREET", county, null);
        List<String[]> refused = List.of(
                new String[] {
                    "STREET", "no-such-" + UUID.randomUUID().toString().substring(0, 8), "parentId"
                },
                new String[] {"COMMUNITY", county, "level"},
                new String[] {"STREET", street, "level"},
                new String[] {"COUNTY", county, "parentId"},
                new String[] {"UNIT", null, "parentId"});
        for (String[] wrong : refused) {
            String id = GridFixture.fresh("bad");

            ApiResponse response = grid.add(id, wrong[0], wrong[1], null);

            assertProblem(response, 422, "INVALID_GRID_CELL", wrong[2]);
            assertThat(problems.events(id)).as(wrong[0] + " under " + wrong[1]).isZero();
        }
    }

    @Test
    void anIdInUseIsGridCellExistsAndAnUnknownStationIsStationNotFound() {
        String county = grid.cell("COUNTY", null, null);
        String station = ledger.station();

        assertProblem(grid.add(county, "COUNTY", null, null), 409, "GRID_CELL_EXISTS", "id");
        assertProblem(grid.add(station, "COUNTY", null, null), 409, "GRID_CELL_EXISTS", "id");
        String id = GridFixture.fresh("county");
        assertProblem(grid.add(id, "COUNTY", null, "no-such-station"), 404, "STATION_NOT_FOUND", "stationId");
        assertProblem(assign(county, "\"no-such-station\""), 404, "STATION_NOT_FOUND", "stationId");
        assertProblem(assign("no-such-cell", "null"), 404, "GRID_CELL_NOT_FOUND", "id");

        assertThat(problems.events(county)).isEqualTo(1);
        assertThat(problems.events(station)).isEqualTo(1);
        assertThat(problems.events(id)).isZero();
    }

    @Test
    void malformedCellsAreValidationFailed() {
        String id = GridFixture.fresh("county");
        for (String[] bad : new String[][] {
            {"{\"id\":\"Not A Slug\",\"name\":\"X\",\"level\":\"COUNTY\"}", "id"},
            {"{\"id\":\"" + id + "\",\"name\":\" \",\"level\":\"COUNTY\"}", "name"},
            {"{\"id\":\"" + id + "\",\"name\":\"X\",\"level\":\"PROVINCE\"}", "level"},
            {"{\"id\":\"" + id + "\",\"name\":\"X\"}", "level"},
            {"{\"id\":\"" + id + "\",\"name\":\"X\",\"level\":\"COUNTY\",\"parentId\":\"Bad Parent\"}", "parentId"}
        }) {
            assertProblem(admin.post("/api/v1/grid-cells", key(), bad[0]), 400, "VALIDATION_FAILED", bad[1]);
        }
        assertThat(problems.events(id)).isZero();
    }

    @Test
    void onlyAdminsChangeTheGridAndAnUnknownCellIsGridCellNotFound() {
        String station = ledger.station();
        String county = grid.cell("COUNTY", null, station);
        ApiClient staff = user("{\"role\":\"STAFF\",\"stationIds\":[\"" + station + "\"]");
        String id = GridFixture.fresh("county");

        ApiResponse added =
                staff.post("/api/v1/grid-cells", key(), "{\"id\":\"" + id + "\",\"name\":\"X\",\"level\":\"COUNTY\"}");
        ApiResponse assigned = staff.post("/api/v1/grid-cells/" + county + "/handling-station", key(), "{}");

        assertProblem(added, 403, "FORBIDDEN", null);
        assertProblem(assigned, 403, "FORBIDDEN", null);
        assertThat(problems.events(id)).isZero();
        assertThat(problems.events(county)).isEqualTo(1);
        await().atMost(ProblemAssertions.PROJECTION_WAIT)
                .until(() -> staff.get("/api/v1/grid-cells/" + county).status() == 200);
        assertProblem(staff.get("/api/v1/grid-cells/no-such-cell"), 404, "GRID_CELL_NOT_FOUND", "id");
        assertProblem(staff.get("/api/v1/grid-cells?parentId=no-such-cell"), 404, "GRID_CELL_NOT_FOUND", "parentId");
    }

    private ApiResponse assign(String cell, String stationJson) {
        return admin.post(
                "/api/v1/grid-cells/" + cell + "/handling-station", key(), "{\"stationId\":" + stationJson + "}");
    }

    private void awaitHandledBy(String cell, String station) {
        await().atMost(ProblemAssertions.PROJECTION_WAIT)
                .untilAsserted(() -> assertThat(admin.get("/api/v1/grid-cells/" + cell)
                                .json()
                                .get("handlingStationId")
                                .asText())
                        .isEqualTo(station));
    }

    private ApiClient user(String scopeJson) {
        String name = "grid-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users", key(), scopeJson + ",\"username\":\"" + name + "\",\"password\":\"grid-password-1\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, "grid-password-1");
    }

    private static List<String> ids(JsonNode cells) {
        List<String> ids = new ArrayList<>();
        cells.forEach(cell -> ids.add(cell.get("id").asText()));
        return ids;
    }
}
