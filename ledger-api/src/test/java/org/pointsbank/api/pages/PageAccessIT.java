package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.security.ApiPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who opens which page: every page handler (walked from the handler mappings, so a new page needs a row here) ×
 * anonymous and each role → 302 to the sign-in page, 403, or opened. Rows marked TODO are pages of §4 of the plan that
 * are not built yet: their security is already decided by the page chain, and "opened" means no 302/403 (a 404 until
 * the page lands).
 */
class PageAccessIT extends IntegrationTest {

    private static final String PASSWORD = "page-access-password-1";
    private static final String OPENED = "opened";
    private static final List<String> SCOPES = List.of("ANONYMOUS", "ADMIN", "STAFF", "VOLUNTEER", "AUDITOR", "KIOSK");

    /** endpoint → the outcome per scope, in the order of {@link #SCOPES}. */
    private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

    static {
        row("GET /", "200", "200", "200", "200", "200", "200");
        row("GET /denied", "403", "403", "403", "403", "403", "403");
        // TODO part B: the desk
        row("GET /desk", "302", OPENED, OPENED, "403", "403", "403");
        // TODO part D: the volunteer's pages
        row("GET /me", "302", "403", "403", OPENED, "403", "403");
        // TODO part E: the auditor's page
        row("GET /audit", "302", OPENED, "403", "403", OPENED, "403");
        // TODO part C: the kiosk
        row("GET /kiosk", "302", OPENED, OPENED, "403", "403", OPENED);
        // part F: certificates (the volunteer's own card; the desk's for a card of the staff's station)
        row("GET /me/certificates", "302", "403", "403", "200", "403", "403");
        row("POST /me/certificates", "302", "403", "403", "200", "403", "403");
        row("GET /me/certificates/{certificateId}.pdf", "302", "403", "403", "404", "403", "403");
        row("GET /desk/cards/{cardId}/certificates", "302", "200", "200", "403", "403", "403");
        row("POST /desk/cards/{cardId}/certificates", "302", "200", "200", "403", "403", "403");
        row("GET /desk/certificates/{certificateId}.pdf", "302", "404", "404", "403", "403", "403");
        // any other path: signed in, and never a kiosk
        row("GET /elsewhere", "302", OPENED, OPENED, OPENED, OPENED, "403");
    }

    private static void row(String endpoint, String... outcomes) {
        ROWS.put(endpoint, List.of(outcomes));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyPageHandlerHasARow() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.pointsbank")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (ApiPaths.isApiPath(path)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    served.add("GET " + path);
                }
                methods.forEach(m -> served.add(m + " " + path));
            }
        });
        assertThat(ROWS.keySet()).containsAll(served);
        ROWS.forEach((endpoint, outcomes) -> assertThat(outcomes).as(endpoint).hasSize(SCOPES.size()));
    }

    @Test
    void eachScopeGetsItsOutcome() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        Map<String, PageClient> clients = new LinkedHashMap<>();
        clients.put("ANONYMOUS", new PageClient(port));
        clients.put("ADMIN", signedIn("admin", ADMIN_PASSWORD));
        clients.put("STAFF", signedIn(user("STAFF", "\"stationIds\":[\"" + station + "\"]"), PASSWORD));
        clients.put("VOLUNTEER", signedIn(user("VOLUNTEER", "\"cardId\":\"" + card + "\""), PASSWORD));
        clients.put("AUDITOR", signedIn(user("AUDITOR", null), PASSWORD));
        clients.put("KIOSK", signedIn(user("KIOSK", "\"stationIds\":[\"" + station + "\"]"), PASSWORD));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : ROWS.entrySet()) {
            String path = row.getKey()
                    .substring(row.getKey().indexOf(' ') + 1)
                    .replace("{cardId}", card)
                    .replace("{certificateId}", UUID.randomUUID().toString());
            for (int i = 0; i < SCOPES.size(); i++) {
                int status = clients.get(SCOPES.get(i)).get(path).statusCode();
                String expected = row.getValue().get(i);
                boolean ok = expected.equals(OPENED)
                        ? status != 302 && status != 401 && status != 403 && status < 500
                        : expected.equals(String.valueOf(status));
                if (!ok) {
                    wrong.add(row.getKey() + " as " + SCOPES.get(i) + ": " + status + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private PageClient signedIn(String username, String password) throws Exception {
        PageClient client = new PageClient(port);
        int status = client.signIn(username, password).statusCode();
        assertThat(status).as("sign-in of " + username).isEqualTo(302);
        return client;
    }

    private String user(String role, String scope) {
        String name = "page-" + role.toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                        + (scope == null ? "" : "," + scope) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
