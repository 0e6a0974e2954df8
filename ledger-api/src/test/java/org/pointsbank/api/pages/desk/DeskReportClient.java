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

/** A signed-in desk user on the report pages over plain HTTP: reads a report page and sends its step forms. */
final class DeskReportClient {

    static final String PASSWORD = "desk-report-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final String username;
    final PageClient pages;

    private DeskReportClient(String username, PageClient pages) {
        this.username = username;
        this.pages = pages;
    }

    /** A new staff member of {@code stationId}, signed in on the pages. */
    static DeskReportClient staff(ApiClient admin, int port, String stationId) throws Exception {
        String name = "desk-rep-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"STAFF\",\"stationIds\":[\""
                        + stationId + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        PageClient pages = new PageClient(port);
        assertThat(pages.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        return new DeskReportClient(name, pages);
    }

    HttpResponse<String> report(String reportId) throws Exception {
        return pages.get("/desk/reports/" + reportId);
    }

    /** The form key the report page's form {@code formId} carries. */
    String formKey(String reportId, String formId) throws Exception {
        String page = report(reportId).body();
        Matcher key = Pattern.compile("id=\"" + formId + "\"[\\s\\S]*?name=\"formKey\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(key.find()).as("form " + formId + " on " + page).isTrue();
        return key.group(1);
    }

    /** Sends the step form {@code step} (acceptance, dispatch, …) under {@code formKey} with url-encoded fields. */
    HttpResponse<String> send(String reportId, String step, String formKey, String fields) throws Exception {
        Matcher token = CSRF.matcher(report(reportId).body());
        String csrf = token.find() ? URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) : "";
        String body = "_csrf=" + csrf + (formKey == null ? "" : "&formKey=" + encode(formKey))
                + (fields.isEmpty() ? "" : "&" + fields);
        return pages.post("/desk/reports/" + reportId + "/" + step, body);
    }

    /** As {@link #send}, with the key of the report page's form {@code formId} as rendered now. */
    HttpResponse<String> step(String reportId, String step, String formId, String fields) throws Exception {
        return send(reportId, step, formKey(reportId, formId), fields);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
