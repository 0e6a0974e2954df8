package org.pointsbank.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What operators and client authors reach: health probes, metrics, the API description. */
class OperationsIT extends IntegrationTest {

    @Test
    void healthProbesAnswerWithoutAuthentication() {
        ApiClient anonymous = new ApiClient(port, null, null);
        assertThat(anonymous
                        .get("/actuator/health/liveness")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(anonymous
                        .get("/actuator/health/readiness")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
    }

    @Test
    void metricsNeedAuthenticationAndShowProjectionAndHttpFigures() {
        assertThat(new ApiClient(port, null, null).get("/actuator/prometheus").status())
                .isEqualTo(401);
        ApiResponse metrics = admin.get("/actuator/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests")
                .contains("hikaricp_connections")
                .containsPattern("pointsbank_projection_lag_events\\{projection=\"card_balance\"[^}]*} \\d")
                .containsPattern("pointsbank_projection_position\\{projection=\"statement_entry\"")
                // Axon's per-message timers are off: they cost a sixth of a credit (docs/performance.md)
                .doesNotContain("commandBus")
                .doesNotContain("eventStore");
    }

    @Test
    void noOtherActuatorEndpointIsExposed() {
        assertThat(admin.get("/actuator/env").status()).isEqualTo(404);
        assertThat(admin.get("/actuator/beans").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryContractPath() {
        ApiResponse docs = new ApiClient(port, null, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/stations",
                        "/api/v1/cards",
                        "/api/v1/cards/{cardId}",
                        "/api/v1/cards/{cardId}/volunteer-hours",
                        "/api/v1/cards/{cardId}/study-sessions",
                        "/api/v1/cards/{cardId}/entries/{entryId}/reversal",
                        "/api/v1/cards/{cardId}/entries",
                        "/api/v1/cards/{cardId}/balance",
                        "/api/v1/rankings",
                        "/api/v1/rankings/explain",
                        "/api/v1/periods",
                        "/api/v1/periods/{period}/close",
                        "/api/v1/periods/{period}/objections",
                        "/api/v1/periods/{period}/commendations");
        assertThat(new ApiClient(port, null, null)
                        .get("/swagger-ui/index.html", "text/html")
                        .status())
                .isEqualTo(200);
    }
}
