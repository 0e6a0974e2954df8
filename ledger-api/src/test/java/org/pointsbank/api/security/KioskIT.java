package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The KIOSK role: an account bound to exactly one station that reads that station's check-in codes and nothing
 * else. The walk below sends every endpoint of the service (read from Spring's mappings, as {@code AccessMatrixIT}
 * does, so an endpoint added later is walked too) as a kiosk, with its own station and a card of that station in the
 * path, and expects 403 everywhere but at the code endpoints.
 */
class KioskIT extends IntegrationTest {

    private static final String PASSWORD = "kiosk-password-12";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** A certificate's public verification, the one endpoint open to anyone. */
    private static final String VERIFICATION = "/api/v1/certificates/{certificateId}/verification";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private String station;
    private String kioskName;
    private ApiClient kiosk;

    @BeforeEach
    void kioskAtItsStation() {
        station = ledger.station();
        kioskName = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = createUser(kioskName, "{\"role\":\"KIOSK\",\"stationIds\":[\"" + station + "\"]");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("role").asText()).isEqualTo("KIOSK");
        assertThat(created.json().path("stationIds")).hasSize(1);
        assertThat(created.json().path("stationIds").get(0).asText()).isEqualTo(station);
        kiosk = admin.as(kioskName, PASSWORD);
    }

    private ApiResponse createUser(String name, String scopeJson) {
        return admin.post(
                "/api/v1/users",
                key(),
                scopeJson + ",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    @Test
    void aKioskIsBoundToExactlyOneStation() {
        String other = ledger.station();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String scope : List.of(
                "{\"role\":\"KIOSK\"",
                "{\"role\":\"KIOSK\",\"stationIds\":[]",
                "{\"role\":\"KIOSK\",\"stationIds\":[\"" + station + "\",\"" + other + "\"]")) {
            ApiResponse refused = createUser("kiosk-bad-" + tag, scope);
            assertThat(refused.status()).as(scope + " → " + refused).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().path("errors").path(0).path("field").asText())
                    .isEqualTo("stationIds");
        }
        ApiResponse unknown = createUser("kiosk-bad-" + tag, "{\"role\":\"KIOSK\",\"stationIds\":[\"no-such\"]");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("STATION_NOT_FOUND");
        String card = ledger.card(station);
        ApiResponse withCard = createUser(
                "kiosk-bad-" + tag,
                "{\"role\":\"KIOSK\",\"stationIds\":[\"" + station + "\"],\"cardId\":\"" + card + "\"");
        assertThat(withCard.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/users").body()).doesNotContain("kiosk-bad-" + tag);
    }

    @Test
    void theDatabaseRefusesAKioskASecondStation() {
        String other = ledger.station();
        assertThatThrownBy(() ->
                        jdbc.update("INSERT INTO user_station (username, station_id) VALUES (?, ?)", kioskName, other))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("one station");
    }

    @Test
    void aKioskReadsItsStationsCodeAndNothingElse() {
        String card = ledger.card(station);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + card).status() == 200);
        List<String> walked = new ArrayList<>();
        List<String> open = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                return;
            }
            List<String> accepts = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .map(MediaType::toString)
                    .toList();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    if (!ApiPaths.isApiPath(pattern)) {
                        continue; // a page for people: the page chain keeps a kiosk to /kiosk/** (PageAccessIT)
                    }
                    for (String accept : accepts.isEmpty() ? List.of("application/json") : accepts) {
                        String path = withIds(pattern, card);
                        ApiResponse response = send(method.name(), path, accept);
                        String endpoint = method + " " + pattern + " " + accept;
                        walked.add(endpoint);
                        if (pattern.equals(VERIFICATION)) {
                            open.add(endpoint);
                            // a certificate's public verification: open to anyone, a kiosk too (no such one here)
                            assertThat(response.status())
                                    .as(endpoint + " → " + response)
                                    .isEqualTo(404);
                        } else if (isCodeEndpoint(method.name(), path)) {
                            open.add(endpoint);
                            // an activity's code: the activity engineer's endpoint, here with an id that is none
                            assertThat(response.status())
                                    .as(endpoint + " → " + response)
                                    .isIn(200, 404);
                        } else {
                            assertThat(response.status())
                                    .as(endpoint + " → " + response)
                                    .isEqualTo(403);
                            assertThat(response.code()).as(endpoint).isEqualTo("FORBIDDEN");
                        }
                    }
                }
            }
        });
        assertThat(walked).hasSizeGreaterThan(40);
        assertThat(open)
                .contains(
                        "GET /api/v1/stations/{stationId}/reading-room/code application/json",
                        "GET /api/v1/stations/{stationId}/reading-room/code image/png",
                        "GET /api/v1/stations/{stationId}/reading-room/code image/svg+xml");
        assertThat(open)
                .contains("GET " + VERIFICATION + " application/json", "GET " + VERIFICATION + " text/html")
                .allMatch(endpoint -> endpoint.contains("/reading-room/code ")
                        || endpoint.contains("/check-in-code ")
                        || endpoint.startsWith("GET " + VERIFICATION + " "));
    }

    @Test
    void theServicesOwnNonControllerEndpointsAreClosedToo() {
        assertThat(kiosk.get("/actuator/prometheus", "text/plain").status()).isEqualTo(403);
        assertThat(kiosk.get("/actuator/metrics").status()).isIn(403, 404);
        assertThat(kiosk.get("/api/v1/no-such-endpoint").status()).isEqualTo(403);
    }

    @Test
    void aKioskReadsItsStationsCodeInEveryForm() {
        String path = "/api/v1/stations/" + station + "/reading-room/code";
        assertThat(kiosk.get(path).json().get("code").asText()).matches("[0-9]{8}");
        assertThat(kiosk.getBytes(path, "image/png").statusCode()).isEqualTo(200);
        assertThat(kiosk.getBytes(path, "image/svg+xml").statusCode()).isEqualTo(200);
    }

    private boolean isCodeEndpoint(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return KioskRequests.CODES.matches(request);
    }

    /** The pattern with the kiosk's own station and a card of it; any other id a fresh one. */
    private String withIds(String pattern, String card) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "stationId" -> station;
                case "cardId" -> card;
                case "period" -> "1999-01";
                case "name", "processor" -> "card_balance";
                default -> "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
            };
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private ApiResponse send(String method, String path, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return kiosk.send(method, path, body, headers);
    }
}
