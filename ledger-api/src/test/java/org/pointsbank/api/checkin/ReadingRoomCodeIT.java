package org.pointsbank.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.qr.QrDecoding;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /stations/{stationId}/reading-room/code}: the door's code as JSON, PNG and SVG, for whom. */
class ReadingRoomCodeIT extends IntegrationTest {

    private static final String PASSWORD = "reading-room-code-1";

    @Autowired
    CheckInCodes codes;

    private String station;
    private String otherStation;

    @BeforeEach
    void stations() {
        station = ledger.station();
        otherStation = ledger.station();
    }

    private String path(String stationId) {
        return "/api/v1/stations/" + stationId + "/reading-room/code";
    }

    /** Ten seconds into an interval: the JSON, the PNG and the SVG of one test all show one code. */
    private void midInterval() {
        long now = clock.instant().getEpochSecond();
        clock.travelTo(Instant.ofEpochSecond(now - now % 30 + 30 + 10));
    }

    private ApiClient user(String role, String stationsJson) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
                        + "\",\"stationIds\":" + stationsJson + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, PASSWORD);
    }

    private ApiClient kioskOf(String stationId) {
        return user("KIOSK", "[\"" + stationId + "\"]");
    }

    @Test
    void theJsonIsTheCodeWhenItExpiresAndThePageUrl() {
        ApiResponse response = admin.get(path(station));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode json = response.json();
        assertThat(json.properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly("code", "expiresAt", "url");
        String code = json.get("code").asText();
        assertThat(code).matches("[0-9]{8}");
        Instant expiresAt = Instant.parse(json.get("expiresAt").asText());
        assertThat(expiresAt)
                .isAfter(clock.instant())
                .isBeforeOrEqualTo(clock.instant().plusSeconds(30));
        assertThat(expiresAt.getEpochSecond() % 30).isZero();
        assertThat(json.get("url").asText())
                .isEqualTo("http://localhost:8080/me/reading-room?station=" + station + "&code=" + code);
        assertThat(codes.accepts(CheckInCodes.readingRoomScope(station), code)).isTrue();
        assertThat(codes.accepts(CheckInCodes.readingRoomScope(otherStation), code))
                .isFalse();
    }

    @Test
    void withoutAcceptOrWithAnyTheAnswerIsJson() {
        for (String accept : List.of("*/*", "application/*")) {
            ApiResponse response = admin.get(path(station), accept);
            assertThat(response.status()).as(accept).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void thePngDecodesToTheUrlAndCodeTheJsonReports() {
        midInterval();
        JsonNode json = admin.get(path(station)).json();
        HttpResponse<byte[]> png = admin.getBytes(path(station), "image/png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        String url = QrDecoding.png(png.body());
        assertThat(url)
                .isEqualTo(json.get("url").asText())
                .endsWith("&code=" + json.get("code").asText());
    }

    @Test
    void theSvgDecodesToTheUrlAndCodeTheJsonReports() {
        midInterval();
        JsonNode json = admin.get(path(station)).json();
        HttpResponse<byte[]> svg = admin.getBytes(path(station), "image/svg+xml");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        String text = new String(svg.body(), StandardCharsets.UTF_8);
        String url = QrDecoding.svg(text, QrDecoding.svgModules(text));
        assertThat(url).isEqualTo(json.get("url").asText());
    }

    @Test
    void theCodeRotatesAndAPhotographOfItStopsWorkingWithinAMinute() {
        midInterval();
        String shown = admin.get(path(station)).json().get("code").asText();
        clock.advance(Duration.ofSeconds(30));
        String next = admin.get(path(station)).json().get("code").asText();
        assertThat(next).isNotEqualTo(shown);
        assertThat(codes.accepts(CheckInCodes.readingRoomScope(station), shown)).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(codes.accepts(CheckInCodes.readingRoomScope(station), shown)).isFalse();
    }

    @Test
    void theStationsStaffAndItsKioskReadItOthersAreRefused() {
        assertThat(user("STAFF", "[\"" + station + "\"]").get(path(station)).status())
                .isEqualTo(200);
        ApiClient kiosk = kioskOf(station);
        assertThat(kiosk.get(path(station)).status()).isEqualTo(200);
        assertThat(kiosk.getBytes(path(station), "image/png").statusCode()).isEqualTo(200);

        ApiResponse otherKiosk = kioskOf(otherStation).get(path(station));
        assertThat(otherKiosk.status()).as(otherKiosk.toString()).isEqualTo(403);
        assertThat(otherKiosk.code()).isEqualTo("FORBIDDEN");
        assertThat(otherKiosk.body()).doesNotContain("\"code\":\"0", "expiresAt");
        assertThat(kiosk.get(path(otherStation)).status()).isEqualTo(403);
        assertThat(user("STAFF", "[\"" + otherStation + "\"]")
                        .get(path(station))
                        .status())
                .isEqualTo(403);
        assertThat(user("AUDITOR", "[]").get(path(station)).status()).isEqualTo(403);
    }

    @Test
    void anImageRefusalIsStillAProblemDocument() {
        HttpResponse<byte[]> refused = kioskOf(otherStation).getBytes(path(station), "image/png");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anUnknownStationIsNotFoundForAdminsAndForbiddenToOthers() {
        ApiResponse unknown = admin.get(path("no-such-station"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("STATION_NOT_FOUND");
        assertThat(kioskOf(station).get(path("no-such-station")).status()).isEqualTo(403);
    }

    @Test
    void anAcceptOfNeitherJsonNorAnImageIsNotAcceptable() {
        ApiResponse csv = admin.get(path(station), "text/csv");
        assertThat(csv.status()).isEqualTo(406);
        assertThat(csv.code()).isEqualTo("NOT_ACCEPTABLE");
    }
}
