package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.projection.Projections;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a page on another site could make a browser send once it has cached Basic credentials: a form's POST
 * (no custom headers), or a script's request (only after a CORS preflight). Every changing request needs an
 * Idempotency-Key, which neither can send, so each is refused with 400 and changes nothing.
 */
class CrossSiteRequestsIT extends IntegrationTest {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    private Projections projections;

    @Test
    void bodylessPostsWithoutAKeyAreRefusedAndChangeNothing() {
        String name = user();

        ApiResponse disable = formPost("/api/v1/users/" + name + "/disable");
        ApiResponse rebuild = formPost("/api/v1/admin/projections/card_balance/rebuild");

        for (ApiResponse refused : new ApiResponse[] {disable, rebuild}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(projections.isRebuilding("card_balance")).isFalse();
        assertThat(enabled(name)).isTrue();
        assertThat(new ApiClient(port, name, PASSWORD).get("/api/v1/users/me").status())
                .isEqualTo(200);

        formPost("/api/v1/users/" + name + "/enable"); // nothing to undo, but it must not be accepted either
        assertThat(admin.post("/api/v1/users/" + name + "/disable", key(), null).status())
                .isEqualTo(200);
        assertThat(formPost("/api/v1/users/" + name + "/enable").status()).isEqualTo(400);
        assertThat(enabled(name)).isFalse();
    }

    @Test
    void aBodyLessDeleteWithoutAKeyIsRefusedAndFormsCannotSendTheJsonOfTheOthers() {
        String station = "x-" + UUID.randomUUID().toString().substring(0, 8);
        String newUser = "x-" + UUID.randomUUID().toString().substring(0, 8);
        String card = admin.post(
                        "/api/v1/cards",
                        key(),
                        "{\"stationId\":\"" + ledger.station()
                                + "\",\"holder\":{\"name\":\"Li Na\",\"phone\":\"+86 137 0000 0002\"}}")
                .json()
                .get("cardId")
                .asText();

        ApiResponse eraseHolder = withoutKey("DELETE", "/api/v1/cards/" + card + "/holder", null);
        assertThat(eraseHolder.status()).as(eraseHolder.toString()).isEqualTo(400);
        assertThat(eraseHolder.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");

        // what a cross-site form can send to the requests that take JSON: a form's content type, refused before
        // the handler runs (their JSON, which a form cannot send, keeps the documented key-less use)
        ApiResponse createStation = formPost("/api/v1/stations", "id=" + station + "&name=Forged");
        ApiResponse createUser =
                formPost("/api/v1/users", "username=" + newUser + "&password=" + PASSWORD + "&role=ADMIN");
        ApiResponse changePassword = admin.send(
                "PUT",
                "/api/v1/users/me/password",
                "{\"currentPassword\":\"" + ADMIN_PASSWORD + "\",\"newPassword\":\"forged-password-1\"}",
                Map.of("Content-Type", "text/plain", "Origin", "https://evil.example"));
        for (ApiResponse refused : new ApiResponse[] {createStation, createUser, changePassword}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        }
        assertThat(admin.get("/api/v1/stations").body()).doesNotContain(station);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Integer.class, newUser))
                .isZero();
        assertThat(admin.get("/api/v1/cards/" + card + "/holder")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Li Na");
        assertThat(admin.get("/api/v1/users/me").status())
                .as("the admin's password is unchanged")
                .isEqualTo(200);

        // as JSON, a station is still created without a key, as docs/api.md has it
        ApiResponse asJson = withoutKey("POST", "/api/v1/stations", "{\"id\":\"" + station + "\",\"name\":\"Real\"}");
        assertThat(asJson.status()).as(asJson.toString()).isEqualTo(201);
    }

    @Test
    void noOtherSiteIsGrantedCorsSoItsScriptsCannotAddTheKey() {
        ApiResponse preflight = new ApiClient(port, null, null)
                .send(
                        "OPTIONS",
                        "/api/v1/users/someone/disable",
                        null,
                        Map.of(
                                "Origin",
                                "https://evil.example",
                                "Access-Control-Request-Method",
                                "POST",
                                "Access-Control-Request-Headers",
                                "authorization, idempotency-key"));

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Headers")).isNull();
    }

    @Test
    void unauthenticatedAnswersStillChallengeForBasicAsRfc9110Wants() {
        ApiResponse anonymous = new ApiClient(port, null, null).get("/api/v1/stations");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Basic realm=\"points-bank\"");
    }

    @Test
    void theApiDescriptionNamesTheKeyWhereItIsRequired() {
        var paths = admin.get("/v3/api-docs").json().get("paths");

        for (String[] operation : new String[][] {
            {"/api/v1/users/{username}/disable", "post"},
            {"/api/v1/admin/projections/{name}/rebuild", "post"},
            {"/api/v1/cards/{cardId}/holder", "delete"},
            {"/api/v1/admin/dead-letters/{processor}/retry", "post"},
            {"/api/v1/cards/{cardId}/volunteer-hours", "post"}
        }) {
            var parameters = paths.get(operation[0]).get(operation[1]).get("parameters");
            assertThat(parameters.findValuesAsText("name")).as(operation[0]).containsOnlyOnce("Idempotency-Key");
        }
        JsonNode stations = paths.get("/api/v1/stations").get("post").get("parameters");
        assertThat(stations == null ? List.of() : stations.findValuesAsText("name"))
                .doesNotContain("Idempotency-Key");
    }

    /** A cross-site HTML form: no Idempotency-Key, a form's content type, the browser's cached credentials. */
    private ApiResponse formPost(String path) {
        return formPost(path, "");
    }

    private ApiResponse formPost(String path, String form) {
        return admin.send(
                "POST",
                path,
                form,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example"));
    }

    private ApiResponse withoutKey(String method, String path, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return admin.send(method, path, json, headers);
    }

    private boolean enabled(String name) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, name));
    }

    private String user() {
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post(
                                "/api/v1/users",
                                key(),
                                "{\"role\":\"AUDITOR\",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                                        + "\"}")
                        .status())
                .isEqualTo(201);
        return name;
    }
}
