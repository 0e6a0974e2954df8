package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.pages.PageClient;

/** What the activity desk's page tests do over HTTP: a staff member signed in, and the hidden fields of a form. */
final class DeskPages {

    static final String PASSWORD = "desk-activity-pass-1";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    private DeskPages() {}

    /** A new staff member of {@code station}: their username. */
    static String staffOf(ApiClient admin, String station) {
        String name = "desk-staff-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"STAFF\",\"stationIds\":[\""
                        + station + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    static PageClient signedIn(int port, String username, String password) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, password).statusCode()).isEqualTo(302);
        return client;
    }

    /** The {@code _csrf} and {@code formKey} of the form with {@code id} on {@code page}, as a form body's start. */
    static String hidden(HttpResponse<String> page, String formId) {
        String html = page.body();
        int form = html.indexOf("id=\"" + formId + "\"");
        assertThat(form).as("form " + formId + " on the page").isNotNegative();
        int start = html.lastIndexOf("<form", form);
        String rest = html.substring(start, html.indexOf("</form>", form));
        Matcher csrf = CSRF.matcher(rest);
        Matcher key = FORM_KEY.matcher(rest);
        assertThat(csrf.find()).as("_csrf in " + formId).isTrue();
        assertThat(key.find()).as("formKey in " + formId).isTrue();
        return "_csrf=" + enc(csrf.group(1)) + "&formKey=" + enc(key.group(1));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
