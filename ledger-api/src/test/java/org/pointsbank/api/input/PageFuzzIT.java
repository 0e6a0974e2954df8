package org.pointsbank.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;
import org.pointsbank.api.security.ApiPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile values in every page handler's form fields, query parameters and path variables (walked from the handler
 * mappings, so a new page is fuzzed without a line here), sent signed in with the session and CSRF as a browser
 * would: never a 5xx, and a script sent never comes back unescaped.
 */
class PageFuzzIT extends IntegrationTest {

    private static final String PASSWORD = "page-fuzz-password-1";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final int VALUES_PER_FIELD = 4;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void noPageAnswers5xxOrEchoesAScript() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 60, today());
        Map<String, String> world = Map.of("station", station, "card", card);
        PageClient staff = signedIn("admin", ADMIN_PASSWORD);
        PageClient volunteer = signedIn(volunteer(card), PASSWORD);
        Random random = new Random(17);
        // one CSRF token per session (the session keeps it; each page shows it masked afresh)
        Map<PageClient, String> csrf = Map.of(staff, staff.csrf("/denied"), volunteer, volunteer.csrf("/denied"));

        List<String> faults = new ArrayList<>();
        int sent = 0;
        for (PageHandler handler : PageHandler.all(mappings)) {
            if (handler.path().equals("/sign-in") || handler.path().equals("/sign-out")) {
                continue; // the sign-in throttle and the session itself; SignInPageIT covers them
            }
            PageClient client = handler.path().startsWith("/me") ? volunteer : staff;
            List<String> fields = new ArrayList<>(handler.fields());
            fields.add(null); // the path variables alone
            for (String hostileField : fields) {
                for (int i = 0; i < VALUES_PER_FIELD; i++) {
                    String hostile = i == 0 ? SCRIPT : HostileValues.any(random).asText();
                    String path = fill(handler.path(), world, hostileField == null ? hostile : null);
                    StringBuilder form = new StringBuilder();
                    for (String field : handler.fields()) {
                        String value = field.equals(hostileField) ? hostile : valid(field, world);
                        form.append(form.isEmpty() ? "" : "&")
                                .append(encode(field))
                                .append('=')
                                .append(encode(value));
                    }
                    HttpResponse<String> response = handler.method().equals("POST")
                            ? client.post(path, form + "&_csrf=" + csrf.get(client))
                            : client.get(path + (form.isEmpty() ? "" : "?" + form));
                    sent++;
                    String at = handler.method() + " " + path + " " + hostileField + "=" + shown(hostile);
                    if (response.statusCode() >= 500) {
                        faults.add(at + " → " + response.statusCode());
                    } else if (isHtml(response) && response.body().contains(SCRIPT)) {
                        faults.add(at + " → the script unescaped in the page");
                    }
                }
            }
        }
        System.out.printf("page fuzz: %d requests, %d faults%n", sent, faults.size());
        assertThat(sent).isPositive();
        assertThat(faults).isEmpty();
    }

    /** A CSV download holds what was recorded, as recorded: only a page must escape it. */
    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static String fill(String pattern, Map<String, String> world, String hostile) {
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = hostile != null ? hostile : valid(variable.group(1), world);
            variable.appendReplacement(
                    path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
        }
        return variable.appendTail(path).toString();
    }

    /** A plausible value by the field's name, so the one hostile field is what the handler meets. */
    private static String valid(String field, Map<String, String> world) {
        String name = field.toLowerCase();
        if (name.equals("formkey")) {
            return "form-" + UUID.randomUUID();
        }
        if (name.contains("station")) {
            return world.get("station");
        }
        if (name.contains("card") || name.equals("find")) {
            return world.get("card");
        }
        if (name.contains("minutes") || name.contains("quantity") || name.contains("points")) {
            return "30";
        }
        if (name.contains("date") || name.equals("occurredon") || name.equals("from") || name.equals("to")) {
            return today().toString();
        }
        return "fuzz";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…[" + value.length() + "]" : value;
    }

    private PageClient signedIn(String username, String password) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, password).statusCode()).isEqualTo(302);
        return client;
    }

    private String volunteer(String card) {
        String name = "fuzz-volunteer-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"VOLUNTEER\",\"cardId\":\""
                        + card + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    /** Not an API path: {@link ApiPaths} tells them apart. */
    static boolean isPage(String pattern) {
        return !ApiPaths.isApiPath(pattern);
    }
}
