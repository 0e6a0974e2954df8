package org.pointsbank.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads a non-2xx answer: the service's RFC 9457 document, or whatever a proxy in between sent. */
final class Problem {

    static final String NOT_A_PROBLEM_DOCUMENT = "UNEXPECTED_RESPONSE";
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private Problem() {}

    static ApiError read(int status, byte[] body) {
        JsonNode problem = parse(body);
        String code = text(problem, "code");
        String detail = text(problem, "detail");
        if (detail == null) {
            detail = text(problem, "title");
        }
        if (code == null) {
            code = NOT_A_PROBLEM_DOCUMENT;
            if (detail == null) {
                detail = snippet(body);
            }
        }
        return new ApiError(status, code, detail == null ? "(no detail)" : detail);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        return node.get(field).asText();
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "empty body";
        }
        return text.length() <= MAX_BODY_IN_MESSAGE ? text : text.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }
}
