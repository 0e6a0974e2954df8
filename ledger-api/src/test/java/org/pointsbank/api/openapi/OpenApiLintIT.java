package org.pointsbank.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * The live OpenAPI document passes Redocly's recommended rules ({@code redocly.yaml} beside the pom) with no error
 * and no warning. Redocly's CLI comes from the npm registry through {@code npx} (Node.js and npm must be on the
 * machine); the document and the linter's report are left in {@code target/openapi/} to read when it fails.
 */
class OpenApiLintIT extends IntegrationTest {

    static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final Path OUT = Path.of("target", "openapi");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        ApiResponse docs = new ApiClient(port, null, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        Files.createDirectories(OUT);
        Path document = OUT.resolve("api-docs.json");
        Files.writeString(document, docs.body(), StandardCharsets.UTF_8);

        JsonNode report = lint(document);

        JsonNode totals = report.path("totals");
        assertThat(totals.path("errors").asInt(-1)).as(problems(report)).isZero();
        assertThat(totals.path("warnings").asInt(-1)).as(problems(report)).isZero();
    }

    private static JsonNode lint(Path document) throws IOException, InterruptedException {
        Path report = OUT.resolve("lint-report.json");
        Path log = OUT.resolve("lint-log.txt");
        Process lint = new ProcessBuilder(
                        "npx",
                        "--yes",
                        REDOCLY,
                        "lint",
                        "--config=redocly.yaml",
                        "--extends=recommended",
                        "--format=json",
                        "--max-problems=10000",
                        document.toAbsolutePath().toString())
                .redirectOutput(report.toFile())
                .redirectError(log.toFile())
                .start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES))
                .as("redocly lint finished within 5 minutes")
                .isTrue();
        String output = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(output)
                .as("redocly lint's report (exit %d; see %s)", lint.exitValue(), log)
                .contains("totals");
        return JSON.readTree(output.substring(output.indexOf('{')));
    }

    /** One line per problem: severity, rule, where, what. */
    private static String problems(JsonNode report) {
        List<String> lines = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            lines.add(problem.path("severity").asText() + " "
                    + problem.path("ruleId").asText() + " "
                    + problem.path("location").path(0).path("pointer").asText() + ": "
                    + problem.path("message").asText());
        }
        return "redocly lint of the live document:\n" + String.join("\n", lines);
    }
}
