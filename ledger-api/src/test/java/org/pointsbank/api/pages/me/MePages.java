package org.pointsbank.api.pages.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.PageClient;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What the volunteer's page tests do: volunteers signed in on the pages, activities and their live codes. */
final class MePages {

    static final String PASSWORD = "me-pages-password-1";
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    private final ApiClient admin;
    private final int port;

    MePages(ApiClient admin, int port) {
        this.admin = admin;
        this.port = port;
    }

    /** A new volunteer account for {@code card}; answers its username. */
    String volunteer(String card) {
        return user("VOLUNTEER", "\"cardId\":\"" + card + "\"");
    }

    String staff(String station) {
        return user("STAFF", "\"stationIds\":[\"" + station + "\"]");
    }

    private String user(String role, String scope) {
        String name =
                "me-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    PageClient signedIn(String username) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    /** An open activity today with self check-in, planned by the admin. */
    String activity(String station, String title) {
        ApiResponse planned = admin.post(
                "/api/v1/stations/" + station + "/activities",
                UUID.randomUUID().toString(),
                "{\"kind\":\"VOLUNTEER\",\"title\":\"" + title + "\",\"date\":\""
                        + java.time.LocalDate.now(org.pointsbank.api.IntegrationTest.ZONE)
                        + "\",\"startTime\":\"09:00\",\"endTime\":\"11:00\",\"selfCheckIn\":true}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String activity = planned.json().get("activityId").asText();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/activities/" + activity).status() == 200);
        return activity;
    }

    /** The activity's current check-in code, as its kiosk shows it. */
    String code(String activity) {
        ApiResponse code = admin.get("/api/v1/activities/" + activity + "/check-in-code");
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        return code.json().get("code").asText();
    }

    String roomCode(String station) {
        ApiResponse code = admin.get("/api/v1/stations/" + station + "/reading-room/code");
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        return code.json().get("code").asText();
    }

    /** The admin's view of the activity's roster line statuses, as "card=STATUS" strings. */
    java.util.List<String> roster(String activity) {
        ApiResponse read = admin.get("/api/v1/activities/" + activity);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        java.util.List<String> lines = new java.util.ArrayList<>();
        read.json()
                .get("roster")
                .forEach(l -> lines.add(
                        l.get("cardId").asText() + "=" + l.get("status").asText()));
        return lines;
    }

    /**
     * Every GET handler under {@code /me} and the names of its request parameters and path variables, walked from
     * the handler mappings so that a new handler or parameter is probed without a change here. Headers are not
     * probed; a handler that takes a value some other way (a {@code @ModelAttribute}, say) fails the walk rather
     * than go unprobed.
     */
    static Map<String, Set<String>> meGetParameters(RequestMappingHandlerMapping mappings) {
        Map<String, Set<String>> found = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var verbs = info.getMethodsCondition().getMethods();
            if (!verbs.isEmpty() && !verbs.contains(RequestMethod.GET)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                if (!path.equals("/me") && !path.startsWith("/me/")) {
                    continue;
                }
                Set<String> names = found.computeIfAbsent(path, p -> new TreeSet<>());
                for (MethodParameter parameter : method.getMethodParameters()) {
                    parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
                    PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
                    if (query != null) {
                        names.add(query.name().isEmpty() ? parameter.getParameterName() : query.name());
                    } else if (variable != null) {
                        names.add("{" + (variable.name().isEmpty() ? parameter.getParameterName() : variable.name())
                                + "}");
                    } else if (!parameter.hasParameterAnnotation(RequestHeader.class)) {
                        assertThat(parameter.getParameterType())
                                .as(path + ": a parameter the probe of other cards does not know: " + parameter)
                                .isNotIn(String.class, Long.class, long.class, Integer.class, int.class);
                        assertThat(parameter.hasParameterAnnotation(ModelAttribute.class))
                                .as(path + ": " + parameter)
                                .isFalse();
                    }
                }
            }
        });
        return found;
    }

    static String formKey(String html) {
        Matcher key = FORM_KEY.matcher(html);
        assertThat(key.find()).as("a formKey field in\n" + html).isTrue();
        return key.group(1);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
