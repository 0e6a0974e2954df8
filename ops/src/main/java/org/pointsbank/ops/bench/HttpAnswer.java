package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pointsbank.ops.Json;

/** A status and a body; {@link #code()} reads the RFC 9457 {@code code} of an error answer. */
public record HttpAnswer(int status, byte[] body) {

    public boolean isSuccess() {
        return status / 100 == 2;
    }

    public JsonNode json() throws IOException {
        return Json.MAPPER.readTree(body);
    }

    /** The problem document's {@code code}, or null when the body is not one. */
    public String code() {
        return field("code");
    }

    /** The problem document's {@code detail} (else {@code title}), or the start of the body. */
    public String detail() {
        String detail = field("detail");
        if (detail == null) {
            detail = field("title");
        }
        if (detail == null) {
            String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            detail = text.isEmpty() ? "empty body" : text.substring(0, Math.min(200, text.length()));
        }
        return detail;
    }

    /** The error key a run counts this answer under: {@code 500}, or {@code 422 OCCURRED_ON_OUT_OF_RANGE}. */
    public String errorKey() {
        String code = code();
        return code == null ? Integer.toString(status) : status + " " + code;
    }

    private String field(String name) {
        try {
            JsonNode node = body.length == 0 ? null : Json.MAPPER.readTree(body);
            return node != null && node.hasNonNull(name) ? node.get(name).asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
