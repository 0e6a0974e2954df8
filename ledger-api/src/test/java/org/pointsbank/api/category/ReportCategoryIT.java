package org.pointsbank.api.category;

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
import org.pointsbank.api.grid.GridFixture;

/**
 * The report category catalogue through HTTP: added, repriced, retired by admins and read by everyone signed in;
 * points outside 0–100, a code in use, an unknown code and a second retirement refused, recording nothing.
 */
class ReportCategoryIT extends IntegrationTest {

    private static final String CATEGORIES = "/api/v1/report-categories";

    private GridFixture fixture;
    private ProblemAssertions problems;

    @BeforeEach
    void fixtures() {
        fixture = new GridFixture(admin);
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aCategoryIsAddedRepricedAndRetiredAndListedAsItIs() {
        String code = GridFixture.fresh("drain-cover");

        ApiResponse added = admin.post(
                CATEGORIES,
                key(),
                "{\"code\":\"" + code + "\",\"name\":\" Broken drain cover \",\"points\":8,"
                        + "\"description\":\"a cover missing or cracked\"}");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("name").asText()).isEqualTo("Broken drain cover");
        assertThat(added.json().get("points").asInt()).isEqualTo(8);
        assertThat(added.json().get("retired").asBoolean()).isFalse();
        await().atMost(ProblemAssertions.PROJECTION_WAIT)
                .until(() -> codes(admin.get(CATEGORIES).json()).contains(code));

        ApiResponse repriced = admin.post(CATEGORIES + "/" + code + "/points", key(), "{\"points\":12}");

        assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
        assertThat(repriced.json().get("points").asInt()).isEqualTo(12);
        assertThat(repriced.json().get("description").asText()).isEqualTo("a cover missing or cracked");

        ApiResponse retired = retire(code);

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        assertThat(retired.json().get("points").asInt()).isEqualTo(12);
        await().atMost(ProblemAssertions.PROJECTION_WAIT)
                .until(() -> !codes(admin.get(CATEGORIES).json()).contains(code));
        assertThat(codes(admin.get(CATEGORIES + "?includeRetired=true").json())).contains(code);
        JsonNode read = admin.get(CATEGORIES + "/" + code).json();
        assertThat(read.get("retired").asBoolean()).isTrue();
        assertThat(read.get("points").asInt()).isEqualTo(12);
        assertThat(problems.events(code)).isEqualTo(3);
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerAndAddsNothing() {
        String code = GridFixture.fresh("cat");
        String key = key();
        String body = "{\"code\":\"" + code + "\",\"name\":\"Graffiti\",\"points\":4}";

        ApiResponse first = admin.post(CATEGORIES, key, body);
        ApiResponse again = admin.post(CATEGORIES, key, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(problems.events(code)).isEqualTo(1);
    }

    @Test
    void pointsOutsideZeroToAHundredAreInvalidCategoryTerms() {
        String code = GridFixture.fresh("cat");
        for (int points : new int[] {-1, 101}) {
            ApiResponse response = admin.post(
                    CATEGORIES, key(), "{\"code\":\"" + code + "\",\"name\":\"X\",\"points\":" + points + "}");

            assertProblem(response, 422, "INVALID_CATEGORY_TERMS", "points");
        }
        assertThat(problems.events(code)).isZero();
        String existing = fixture.category(5);

        assertProblem(
                admin.post(CATEGORIES + "/" + existing + "/points", key(), "{\"points\":101}"),
                422,
                "INVALID_CATEGORY_TERMS",
                "points");
        assertThat(problems.events(existing)).isEqualTo(1);
        // the edges are fine: a category may earn nothing, or the most
        assertThat(fixture.category(0)).isNotBlank();
        assertThat(fixture.category(100)).isNotBlank();
    }

    @Test
    void aCodeInUseIsCategoryExistsAndAnUnknownOneCategoryNotFound() {
        String code = fixture.category(5);
        String station = ledger.station();

        assertProblem(
                admin.post(CATEGORIES, key(), "{\"code\":\"" + code + "\",\"name\":\"Again\",\"points\":1}"),
                409,
                "CATEGORY_EXISTS",
                "code");
        assertProblem(
                admin.post(CATEGORIES, key(), "{\"code\":\"" + station + "\",\"name\":\"A station\",\"points\":1}"),
                409,
                "CATEGORY_EXISTS",
                "code");
        assertProblem(retire("no-such-category"), 404, "CATEGORY_NOT_FOUND", "code");
        assertProblem(
                admin.post(CATEGORIES + "/no-such-category/points", key(), "{\"points\":3}"),
                404,
                "CATEGORY_NOT_FOUND",
                "code");
        assertProblem(admin.get(CATEGORIES + "/no-such-category"), 404, "CATEGORY_NOT_FOUND", "code");
        assertThat(problems.events(code)).isEqualTo(1);
        assertThat(problems.events(station)).isEqualTo(1);
    }

    @Test
    void retiringTwiceIsCategoryRetired() {
        String code = fixture.category(5);
        assertThat(retire(code).status()).isEqualTo(200);

        assertProblem(retire(code), 422, "CATEGORY_RETIRED", null);

        assertThat(problems.events(code)).isEqualTo(2);
    }

    @Test
    void malformedCategoriesAreValidationFailed() {
        String code = GridFixture.fresh("cat");
        for (String[] bad : new String[][] {
            {"{\"code\":\"Bad Code\",\"name\":\"X\",\"points\":1}", "code"},
            {"{\"code\":\"" + code + "\",\"name\":\"\",\"points\":1}", "name"},
            {"{\"code\":\"" + code + "\",\"name\":\"X\"}", "points"},
            {"{\"code\":\"" + code + "\",\"name\":\"X\",\"points\":\"5\"}", "points"},
            {"{\"code\":\"" + code + "\",\"name\":\"X\",\"points\":1,\"description\":\"\"}", "description"}
        }) {
            assertProblem(admin.post(CATEGORIES, key(), bad[0]), 400, "VALIDATION_FAILED", bad[1]);
        }
        assertThat(problems.events(code)).isZero();
    }

    @Test
    void onlyAdminsChangeTheCatalogueAndEveryoneSignedInReadsIt() {
        String station = ledger.station();
        String code = fixture.category(5);
        ApiClient staff = user("{\"role\":\"STAFF\",\"stationIds\":[\"" + station + "\"]");
        ApiClient volunteer = user("{\"role\":\"VOLUNTEER\",\"cardId\":\"" + ledger.card(station) + "\"");

        for (ApiClient caller : List.of(staff, volunteer)) {
            assertProblem(
                    caller.post(
                            CATEGORIES,
                            key(),
                            "{\"code\":\"" + GridFixture.fresh("c") + "\",\"name\":\"X\"," + "\"points\":1}"),
                    403,
                    "FORBIDDEN",
                    null);
            assertProblem(retireAs(caller, code), 403, "FORBIDDEN", null);
            await().atMost(ProblemAssertions.PROJECTION_WAIT)
                    .until(() -> codes(caller.get(CATEGORIES).json()).contains(code));
        }
        assertThat(problems.events(code)).isEqualTo(1);
    }

    private ApiResponse retire(String code) {
        return retireAs(admin, code);
    }

    private static ApiResponse retireAs(ApiClient caller, String code) {
        return caller.post(
                CATEGORIES + "/" + code + "/retirement", UUID.randomUUID().toString(), null);
    }

    private ApiClient user(String scopeJson) {
        String name = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users", key(), scopeJson + ",\"username\":\"" + name + "\",\"password\":\"cat-password-12\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, "cat-password-12");
    }

    private static List<String> codes(JsonNode categories) {
        List<String> codes = new ArrayList<>();
        categories.forEach(category -> codes.add(category.get("code").asText()));
        return codes;
    }
}
