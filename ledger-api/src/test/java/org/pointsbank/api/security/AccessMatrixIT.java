package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.security.Scope.ADMIN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role × own/other card or station, from one table. An endpoint of the
 * service without a row fails {@link #everyEndpointOfTheServiceHasARow()}: a new endpoint
 * cannot ship without its authorisation being stated and tested.
 */
class AccessMatrixIT extends IntegrationTest {

    private static final List<AccessRow> MATRIX = concat(LedgerAccessRows.ROWS, ReportAccessRows.ROWS);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private org.axonframework.commandhandling.gateway.CommandGateway gateway;

    private static AccessWorld world;

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatTheMatrixSays() {
        AccessWorld cast = world();
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessRow row : MATRIX) {
            Scope[] scopes = Scope.values();
            for (int i = 0; i < scopes.length; i++) {
                Scope scope = scopes[i];
                int expected = row.expected()[i];
                tests.add(DynamicTest.dynamicTest(row.endpoint() + " as " + scope + " → " + expected, () -> {
                    AccessRequest request = row.request().apply(cast);
                    ApiResponse response = send(cast.clients.get(scope), request);
                    assertThat(response.status()).as(response.toString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyEndpointOfTheServiceHasARow() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                return;
            }
            String produces = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .filter(t -> !t.toString().equals("application/json"))
                    .map(Object::toString)
                    .findFirst()
                    .map(t -> " " + t)
                    .orElse("");
            for (var httpMethod : info.getMethodsCondition().getMethods()) {
                for (String path : info.getPatternValues()) {
                    if (!ApiPaths.isApiPath(path)) {
                        continue; // a page for people: pages/PageAccessIT has its rows
                    }
                    served.add(httpMethod + " " + path + produces);
                }
            }
        });
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(row -> inMatrix.add(row.endpoint()));
        assertThat(inMatrix).containsAll(served);
        MATRIX.forEach(row -> assertThat(row.expected()).as(row.endpoint()).hasSize(Scope.values().length));
    }

    private AccessWorld world() {
        if (world == null || world.clients.get(ADMIN) == null) {
            world = new AccessWorld(admin, port, gateway);
        }
        return world;
    }

    private static ApiResponse send(ApiClient client, AccessRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", request.accept());
        if (request.body() != null) {
            headers.put(
                    "Content-Type",
                    request.body().startsWith("{") || request.body().startsWith("[")
                            ? "application/json"
                            : "application/x-www-form-urlencoded");
        }
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        if (request.image() != null) {
            headers.put("Content-Type", "image/png");
            return client.sendBytes(request.method(), request.path(), request.image(), headers);
        }
        return client.send(request.method(), request.path(), request.body(), headers);
    }

    private static List<AccessRow> concat(List<AccessRow> first, List<AccessRow> second) {
        List<AccessRow> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
