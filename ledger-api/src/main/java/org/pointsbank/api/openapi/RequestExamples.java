package org.pointsbank.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Example bodies of the main requests, by operation id, with the values of the README's walk-through. An example of an
 * operation that is not in the document stops the document from being served, so none can go stale unseen.
 */
@Component
class RequestExamples implements GlobalOpenApiCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Map<String, String> BODIES = Map.of(
            "createStation", """
                    {"id": "yungu", "name": "Yungu Service Station"}""",
            "issueCard", """
                    {"stationId": "yungu", "holder": {"name": "Li Wei", "phone": "+86 138 0000 0000"}}""",
            "creditVolunteerHours", """
                    {"stationId": "yungu", "activity": "park cleanup", "minutes": 90, "occurredOn": "2026-03-14"}""",
            "creditStudySession", """
                    {"stationId": "yungu", "topic": "civic study", "minutes": 60, "occurredOn": "2026-03-14"}""",
            "reverseEntry", """
                    {"reason": "entered twice"}""",
            "addGift", """
                    {"name": "Thermos flask", "pointsCost": 120, "stock": 20, "perCardMonthlyLimit": 1}""",
            "placeRedemption", """
                    {"giftId": "0b6f7c1e-7a43-4d1f-9a55-3c2d8e4f6a10", "quantity": 1}""",
            "createUser", """
                    {"username": "wang.li", "password": "staff-password-1", "role": "STAFF", "stationIds": ["yungu"]}""",
            "closePeriod", """
                    {"topN": 10, "noticeDays": 7}""");

    @Override
    public void customise(OpenAPI openApi) {
        BODIES.forEach((operationId, body) ->
                jsonBodyOf(openApi, operationId).addExamples(operationId, new Example().value(parse(body))));
    }

    private static MediaType jsonBodyOf(OpenAPI openApi, String operationId) {
        return openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> operationId.equals(operation.getOperationId()))
                .map(Operation::getRequestBody)
                .filter(Objects::nonNull)
                .map(body -> body.getContent().get("application/json"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no operation " + operationId + " with a JSON body"));
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
