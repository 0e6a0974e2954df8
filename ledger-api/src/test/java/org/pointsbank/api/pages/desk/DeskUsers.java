package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/** The desk tests' staff, made through the API, and the hidden fields of a rendered form. */
final class DeskUsers {

    static final String PASSWORD = "desk-page-password-1";

    private DeskUsers() {}

    /** A new staff member of {@code stationId}; answers the username. */
    static String staff(ApiClient admin, String stationId) {
        String name = "desk-staff-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"STAFF\",\"stationIds\":[\""
                        + stationId + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    /** The value of the hidden field {@code name} in the form with id {@code formId} of {@code html}. */
    static String hidden(String html, String formId, String name) {
        int form = html.indexOf("id=\"" + formId + "\"");
        assertThat(form).as("form " + formId).isNotNegative();
        int start = html.lastIndexOf("<form", form);
        int end = html.indexOf("</form>", form);
        Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html.substring(start, end));
        assertThat(value.find()).as(name + " in " + formId).isTrue();
        return value.group(1);
    }
}
