package org.pointsbank.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * The checked-in copy of the OpenAPI document ({@code docs/openapi.json}), from which the build generates the Java
 * client that {@link GeneratedClientIT} uses, is the document the service serves. With
 * {@code -Dopenapi.refresh=true} the test writes the live document there instead of comparing.
 */
class OpenApiDocumentIT extends IntegrationTest {

    static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theCheckedInCopyIsTheLiveDocument() throws Exception {
        ApiResponse docs = new ApiClient(port, null, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = JSON.readTree(docs.body());
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(CHECKED_IN, JSON.writeValueAsString(live) + "\n", StandardCharsets.UTF_8);
        }

        JsonNode checkedIn = JSON.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));

        assertThat(checkedIn).as("""
                docs/openapi.json is not the document the service serves. Refresh it with
                  ./mvnw -B -pl ledger-api -am verify -Dit.test=OpenApiDocumentIT -Dopenapi.refresh=true \\
                      -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
                review the diff and commit it; the client generated from it is rebuilt on the next build.
                Where they differ: %s""", differences("", checkedIn, live)).isEqualTo(live);
    }

    @Test
    void everyOperationIsTaggedNamedAndDescribed() throws Exception {
        JsonNode docs = live();
        List<String> tags = docs.path("tags").findValuesAsText("name");
        forEachOperation(docs, (where, operation) -> {
            assertThat(operation.path("tags")).as(where).hasSize(1);
            assertThat(tags).as(where).contains(operation.path("tags").get(0).asText());
            assertThat(operation.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(operation.path("summary").asText()).as(where).isNotBlank();
            assertThat(operation.path("description").asText()).as(where).isNotBlank();
        });
    }

    @Test
    void everyRefusalIsAProblemDocumentAndEverySuccessIsJsonCsvOrAQrCode() throws Exception {
        JsonNode docs = live();
        forEachOperation(
                docs,
                (where, operation) -> operation.path("responses").fields().forEachRemaining(entry -> {
                    JsonNode response = resolve(docs, entry.getValue());
                    JsonNode content = response.path("content");
                    if (entry.getKey().startsWith("2")) {
                        assertThat(content.fieldNames())
                                .toIterable()
                                .as(where + " " + entry.getKey())
                                .isSubsetOf(
                                        "application/json",
                                        "text/csv",
                                        "image/png",
                                        "image/jpeg",
                                        "image/svg+xml",
                                        // a certificate's PDF, and its verification as a page for a phone
                                        "application/pdf",
                                        "text/html");
                    } else {
                        assertThat(content.fieldNames())
                                .toIterable()
                                .as(where + " " + entry.getKey())
                                .containsExactly("application/problem+json");
                        assertThat(content.path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asText())
                                .isEqualTo("#/components/schemas/Problem");
                        assertThat(response.path("description").asText())
                                .as(where)
                                .contains("`code` is");
                    }
                }));
    }

    @Test
    void creditsAnswer201WithTheEntryAndNameTheirRefusals() throws Exception {
        JsonNode credit = live().path("paths")
                .path("/api/v1/cards/{cardId}/volunteer-hours")
                .path("post");

        assertThat(credit.path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/EntryResponse");
        assertThat(credit.path("responses").has("200")).isFalse();
        assertThat(credit.path("responses").path("422").path("description").asText())
                .contains(
                        "DAILY_LIMIT_EXCEEDED", "OCCURRED_ON_OUT_OF_RANGE", "PERIOD_CLOSED", "IDEMPOTENCY_KEY_REUSED");
        assertThat(credit.path("responses").path("409").path("description").asText())
                .contains("CARD_NOT_ACTIVE", "IDEMPOTENCY_KEY_IN_FLIGHT");
        assertThat(credit.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("examples")
                        .path("creditVolunteerHours")
                        .path("value")
                        .path("minutes")
                        .asInt())
                .isEqualTo(90);
    }

    @Test
    void signingInIsBasicOrBearer() throws Exception {
        JsonNode docs = live();

        assertThat(docs.path("components")
                        .path("securitySchemes")
                        .path("basic")
                        .path("scheme")
                        .asText())
                .isEqualTo("basic");
        assertThat(docs.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("bearerFormat")
                        .asText())
                .isEqualTo("JWT");
        assertThat(docs.path("security").findValues("basic")).isNotEmpty();
        assertThat(docs.path("security").findValues("bearer")).isNotEmpty();
        assertThat(docs.path("info").path("description").asText()).doesNotContainPattern("(?i)issue \\d|ADR|extension");
    }

    /** The JSON pointers where two documents differ, the first few of them. */
    private static List<String> differences(String at, JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                found.addAll(differences(child, expected.path(name), actual.path(name)));
            }
        } else if (!expected.equals(actual)) {
            found.add(at.isEmpty() ? "/" : at);
        }
        return found.size() > 20 ? found.subList(0, 20) : found;
    }

    private JsonNode live() throws Exception {
        ApiResponse docs = new ApiClient(port, null, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        return JSON.readTree(docs.body());
    }

    private static JsonNode resolve(JsonNode docs, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : docs.at(ref.substring(1));
    }

    private static void forEachOperation(JsonNode docs, BiConsumer<String, JsonNode> check) {
        docs.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(operation ->
                                check.accept(operation.getKey() + " " + path.getKey(), operation.getValue())));
    }
}
