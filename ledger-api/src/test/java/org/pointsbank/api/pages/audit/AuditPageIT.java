package org.pointsbank.api.pages.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.api.config.PointsBankProperties;
import org.pointsbank.api.http.WholeLogScans;
import org.pointsbank.api.pages.PageClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The auditor's page over HTTP: the API's verification, the trail paged by position, the API's CSV, the scan limit. */
class AuditPageIT extends IntegrationTest {

    private static final String PASSWORD = "audit-page-password-1";
    private static final Pattern POSITION = Pattern.compile("<td class=\"position\">(\\d+)</td>");

    @Autowired
    private WholeLogScans scans;

    @Autowired
    private PointsBankProperties properties;

    @Autowired
    private ObjectProvider<EmbeddedPostgresServer> postgres;

    @Test
    void anAuditorSeesTheApisVerificationAndReconciliation() throws Exception {
        ledger.credited(ledger.card(ledger.station()), ledger.station(), 60, today());
        PageClient auditor = auditor();
        HttpResponse<String> page = auditor.get("/audit?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("The chain is intact", "Events checked", "Head of the chain", "Balances and the log")
                .contains("href=\"/audit/trail.csv\"");
        long checked = Long.parseLong(between(page.body(), "<dd id=\"events-checked\">", "</dd>"));
        long apiChecked = admin.get("/api/v1/audit/verification")
                .json()
                .get("eventsChecked")
                .asLong();
        // the log only grows between the two reads
        assertThat(checked).isPositive().isLessThanOrEqualTo(apiChecked);
        assertThat(auditor.get("/audit?lang=zh-CN").body()).contains("哈希链完整");
    }

    @Test
    void theTrailIsPagedByPositionAsTheApiPagesIt() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 30, today());
        for (int i = 0; i < AuditPageController.PAGE + 10; i++) {
            ledger.card(station);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> admin.get("/api/v1/audit/events?limit=1000")
                                .json()
                                .get("events")
                                .size()
                        > AuditPageController.PAGE + 10);
        PageClient auditor = auditor();
        List<Long> first = positions(auditor.get("/audit").body());
        assertThat(first).hasSize(AuditPageController.PAGE).isSorted();
        assertThat(auditor.get("/audit").body()).contains("hx-get=\"/audit/trail?after=" + first.get(49) + "\"");
        HttpResponse<String> next = auditor.get("/audit/trail?after=" + first.get(49));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).doesNotContain("<html");
        List<Long> second = positions(next.body());
        assertThat(second).isNotEmpty().allMatch(p -> p > first.get(49));
        List<Long> api = new ArrayList<>();
        admin.get("/api/v1/audit/events?after=" + first.get(49) + "&limit=" + second.size())
                .json()
                .get("events")
                .forEach(e -> api.add(e.get("position").asLong()));
        assertThat(second).isEqualTo(api);
    }

    @Test
    void theCsvIsTheApisCsv() throws Exception {
        PageClient auditor = auditor();
        HttpResponse<String> csv = auditor.get("/audit/trail.csv?after=0");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        String[] page = csv.body().split("\r\n");
        String[] api =
                admin.get("/api/v1/audit/events?after=0", "text/csv").body().split("\r\n");
        assertThat(page[0]).isEqualTo(api[0]).startsWith("position,eventId,type");
        // the log may have grown between the two reads: the page's rows are the API's first rows
        assertThat(api.length).isGreaterThanOrEqualTo(page.length);
        assertThat(List.of(api).subList(0, page.length)).isEqualTo(List.of(page));
    }

    @Test
    void aScanRefusedBecauseOthersRunSaysWhenToRetry() throws Exception {
        PageClient auditor = auditor();
        int permits = properties.limits().wholeLogScans();
        CountDownLatch running = new CountDownLatch(permits);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(permits);
        try {
            for (int i = 0; i < permits; i++) {
                pool.submit(() -> scans.run(() -> {
                    running.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> page = auditor.get("/audit?lang=en");
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.headers().firstValue("Retry-After")).contains("10");
            assertThat(page.body()).contains("Another scan of the whole log is running: retry in 10 s.");
            assertThat(page.body()).contains("The audit trail").doesNotContain("The chain is intact");
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(auditor.get("/audit?lang=en").statusCode()).isEqualTo(200);
    }

    /** As {@code TamperEvidenceIT}, but shown on the page: the database owner edits an event, and mends it after. */
    @Test
    void aBrokenChainIsShownWithTheMismatchAndItsKind() throws Exception {
        String station = ledger.station();
        String entry = ledger.credited(ledger.card(station), station, 90, today());
        PageClient auditor = auditor();
        EmbeddedPostgresServer database = postgres.getObject();
        SingleConnectionDataSource connection = new SingleConnectionDataSource(
                database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword(), true);
        try {
            JdbcTemplate owner = new JdbcTemplate(connection);
            long target = owner.queryForObject(
                    "SELECT global_index FROM domain_event_entry WHERE payload_type LIKE '%VolunteerHoursCredited'"
                            + " AND convert_from(payload, 'UTF8') LIKE ?",
                    Long.class, "%" + entry + "%");
            byte[] original = owner.queryForObject(
                    "SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class, target);
            owner.update(
                    "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                            + " '\"points\":15', '\"points\":1500'), 'UTF8') WHERE global_index = ?",
                    target);
            try {
                String page = auditor.get("/audit?lang=en").body();
                assertThat(page)
                        .contains("The chain is broken")
                        .contains("<td>" + target + "</td>")
                        .contains("Edited (the row no longer hashes to its link)")
                        .doesNotContain("The chain is intact");
            } finally {
                owner.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, target);
            }
        } finally {
            connection.destroy();
        }
        assertThat(auditor.get("/audit?lang=en").body()).contains("The chain is intact");
    }

    private static List<Long> positions(String html) {
        List<Long> positions = new ArrayList<>();
        Matcher position = POSITION.matcher(html);
        while (position.find()) {
            positions.add(Long.parseLong(position.group(1)));
        }
        return positions;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start + " in the page").isNotNegative();
        return text.substring(from + start.length(), text.indexOf(end, from)).strip();
    }

    private PageClient auditor() throws Exception {
        String name = "audit-page-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"AUDITOR\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        PageClient client = new PageClient(port);
        assertThat(client.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }
}
