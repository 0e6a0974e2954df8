package org.pointsbank.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** A response as a client sees it: status, headers, raw body. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON (status " + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The problem document's stable code. */
    public String code() {
        return json().path("code").asText(null);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
