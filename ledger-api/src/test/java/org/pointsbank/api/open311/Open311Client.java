package org.pointsbank.api.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/**
 * What an Open311 GeoReport v2 client sends: form-encoded POSTs without an Idempotency-Key, GETs of {@code .json}
 * resources under the endpoint's base, answers read as plain JSON by the specification's field names.
 */
final class Open311Client {

    static final String BASE = "/api/v1/open311/v2";

    private final ApiClient http;

    /** An answer as a client reads it: the status and the JSON body. */
    record Answer(int status, JsonNode json, String body) {}

    Open311Client(ApiClient signedIn) {
        this.http = signedIn;
    }

    /** GETs {@code path} under the base and reads its JSON; anything but 200 fails the test. */
    JsonNode get(String path) {
        ApiResponse response = rawGet(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.json();
    }

    ApiResponse rawGet(String path) {
        return http.send("GET", BASE + path, null, Map.of("Accept", "application/json"));
    }

    Answer post(String path, Map<String, String> form) {
        ApiResponse response = raw(path, form);
        return new Answer(response.status(), response.status() < 300 ? response.json() : null, response.body());
    }

    ApiResponse raw(String path, Map<String, String> form) {
        return raw(path, form, Map.of());
    }

    ApiResponse raw(String path, Map<String, String> form, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Accept", "application/json");
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send("POST", BASE + path, body, headers);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
