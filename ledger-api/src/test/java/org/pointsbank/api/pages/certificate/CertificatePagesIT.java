package org.pointsbank.api.pages.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.pages.PageClient;

/**
 * The certificate pages over HTTP: a refused period is shown next to its field, a form sent twice issues one
 * certificate, and staff of another station may not open a card's page.
 */
class CertificatePagesIT extends IntegrationTest {

    private static final String PASSWORD = "certificate-pages-1";
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    @Test
    void aRefusedPeriodIsShownNextToItsFieldAndATwiceSentFormIssuesOnce() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 60, today());
        PageClient volunteer = signedIn(user("VOLUNTEER", "\"cardId\":\"" + card + "\""));

        String page = volunteer.get("/me/certificates").body();
        String key = formKey(page);
        String csrf = volunteer.csrf("/me/certificates");
        HttpResponse<String> refused = volunteer.post(
                "/me/certificates",
                "_csrf=" + csrf + "&formKey=" + key + "&from=" + today() + "&to=" + today().minusDays(1));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"from-error\"", "aria-invalid=\"true\"", "aria-describedby=\"from-error\"")
                .contains("证明的期间无效");

        // the corrected form reuses its key (a refusal stores nothing); sent twice, it records once
        String form = "_csrf=" + csrf + "&formKey=" + key + "&from=" + today() + "&to=";
        HttpResponse<String> first = volunteer.post("/me/certificates", form);
        HttpResponse<String> second = volunteer.post("/me/certificates", form);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/me/certificates"));
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry
                         WHERE payload_type = 'org.pointsbank.core.certificate.api.CertificateIssued'
                           AND convert_from(payload, 'UTF8') LIKE ?""", Integer.class, "%" + card + "%")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(volunteer.get("/me/certificates").body())
                                .contains(station.toUpperCase() + "-" + today().getYear() + "-000001"));
    }

    @Test
    void staffOfTheCardsStationIssueOnTheDeskAndStaffOfAnotherMayNotOpenIt() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        PageClient own = signedIn(user("STAFF", "\"stationIds\":[\"" + station + "\"]"));
        PageClient other = signedIn(user("STAFF", "\"stationIds\":[\"" + ledger.station() + "\"]"));
        String path = "/desk/cards/" + card + "/certificates";

        String page = own.get(path).body();
        HttpResponse<String> issued =
                own.post(path, "_csrf=" + own.csrf(path) + "&formKey=" + formKey(page) + "&from=&to=");

        assertThat(issued.statusCode()).isEqualTo(303);
        assertThat(other.get(path).statusCode()).isEqualTo(404);
    }

    private static String formKey(String page) {
        Matcher key = FORM_KEY.matcher(page);
        assertThat(key.find()).as("a form key on the page").isTrue();
        return key.group(1);
    }

    private PageClient signedIn(String username) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private String user(String role, String scope) {
        String name =
                "cp-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                UUID.randomUUID().toString(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"," + scope
                        + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }
}
