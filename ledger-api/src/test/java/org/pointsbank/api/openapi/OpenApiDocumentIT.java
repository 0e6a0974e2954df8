package org.pointsbank.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                review the diff and commit it; the client generated from it is rebuilt on the next build""")
                .isEqualTo(live);
    }
}
