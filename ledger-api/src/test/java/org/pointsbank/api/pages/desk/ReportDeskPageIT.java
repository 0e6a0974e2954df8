package org.pointsbank.api.pages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.photo.PhotoFixture;
import org.pointsbank.api.photo.TestImages;
import org.pointsbank.api.report.ReportFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's report pages over HTTP: a report triaged to verified through the step forms credits its reporter once,
 * a form sent twice records once, the API's refusals are shown on the page in its language, staff of another station
 * are refused, and hostile values are refusals, never faults.
 */
class ReportDeskPageIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    private CommandGateway gateway;

    private ReportFixture reports;
    private String station;
    private String card;
    private String category;
    private String cell;

    @BeforeEach
    void aStationWithAReportableGrid() {
        reports = new ReportFixture(admin, gateway);
        station = ledger.station();
        card = ledger.card(station);
        category = reports.category(5);
        cell = reports.county(station);
    }

    private String submittedReport() {
        String reportId = reports.submitted(admin, card, category, cell);
        reports.awaitStatus(admin, reportId, "SUBMITTED");
        return reportId;
    }

    @Test
    void aReportTriagedToVerifiedOnThePagesCreditsItsReporterOnce() throws Exception {
        String reportId = submittedReport();
        DeskReportClient resolver = DeskReportClient.staff(admin, port, station);
        DeskReportClient verifier = DeskReportClient.staff(admin, port, station);

        HttpResponse<String> list = resolver.pages.get("/desk/reports?status=SUBMITTED");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/desk/reports/" + reportId).contains("服务站 Station " + station + " 的问题报告");

        assertRedirectedToReport(resolver.step(reportId, "acceptance", "accept", "note="), reportId);
        assertThat(resolver.report(reportId).body()).contains("报告已受理。").contains("已受理");
        assertRedirectedToReport(
                resolver.step(reportId, "dispatch", "dispatch", "assignee=team+3&dueOn=2026-12-31"), reportId);
        assertRedirectedToReport(
                resolver.step(reportId, "resolution", "resolve", "outcome=FIXED&feedback=cover+replaced"), reportId);

        HttpResponse<String> byResolver = resolver.step(reportId, "verification", "verify", "verdict=CONFIRMED");
        assertThat(byResolver.statusCode()).isEqualTo(409);
        assertThat(byResolver.body())
                .contains("id=\"verify-refusal\"")
                .contains("核验人不能是处理人或报告人。")
                .contains("aria-describedby=\"verify-refusal\"");

        String verifyKey = verifier.formKey(reportId, "verify");
        assertRedirectedToReport(verifier.send(reportId, "verification", verifyKey, "verdict=CONFIRMED"), reportId);
        String shown = verifier.report(reportId).body();
        assertThat(shown).contains("核验已记录。").contains("报告人的积分卡已记入 5 分。");
        // back and resubmit: the same form key replays the answer and records nothing more
        assertRedirectedToReport(verifier.send(reportId, "verification", verifyKey, "verdict=CONFIRMED"), reportId);
        assertThat(verifier.report(reportId).body()).contains("已经记录过了");

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card)
                                .json()
                                .path("balance")
                                .asLong())
                        .isEqualTo(5));
        assertThat(events("%ProblemReportCredited", card)).isEqualTo(1);
        JsonNode read = reports.awaitStatus(admin, reportId, "VERIFIED");
        assertThat(timelineCount(read, "RESOLVED")).isEqualTo(1);
    }

    @Test
    void aFormSentTwiceRecordsOnceAndTheSecondAnswerSaysSo() throws Exception {
        String reportId = submittedReport();
        DeskReportClient staff = DeskReportClient.staff(admin, port, station);
        String key = staff.formKey(reportId, "accept");

        assertRedirectedToReport(staff.send(reportId, "acceptance", key, "note=seen"), reportId);
        assertRedirectedToReport(staff.send(reportId, "acceptance", key, "note=seen"), reportId);
        assertThat(staff.report(reportId).body()).contains("已经记录过了");
        // the same key for another body: the page says to reload the form
        HttpResponse<String> edited = staff.send(reportId, "acceptance", key, "note=edited");
        assertThat(edited.statusCode()).isEqualTo(422);
        assertThat(edited.body()).contains("此表单已经提交过：请重新加载后再填写。");
        // a fresh form for a step its state no longer allows: refused, in English when the page is
        staff.pages.get("/desk/reports/" + reportId + "?lang=en");
        HttpResponse<String> again = staff.send(reportId, "acceptance", "form-" + java.util.UUID.randomUUID(), "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"accept-refusal\"").contains("lang=\"en\"");

        JsonNode read = reports.awaitStatus(admin, reportId, "ACCEPTED");
        assertThat(timelineCount(read, "ACCEPTED")).isEqualTo(1);
        assertThat(events("%ReportAccepted", reportId)).isEqualTo(1);
    }

    @Test
    void theListPagesByKeysetAndMoreAppendsTheNextPageAsAFragment() throws Exception {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < ReportDeskController.PAGE_SIZE + 2; i++) {
            submitted.add(reports.submitted(admin, card, category, cell));
        }
        for (String reportId : submitted) {
            reports.awaitStatus(admin, reportId, "SUBMITTED");
        }
        DeskReportClient staff = DeskReportClient.staff(admin, port, station);

        String first = staff.pages.get("/desk/reports?status=SUBMITTED").body();
        List<String> shown = new ArrayList<>(linkedReports(first));
        assertThat(shown).hasSize(ReportDeskController.PAGE_SIZE);
        Matcher more = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(first);
        assertThat(more.find()).as(first).isTrue();
        String next = more.group(1).replace("&amp;", "&");

        HttpResponse<String> fragment = staff.pages.get(next, Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("id=\"more\"");
        shown.addAll(linkedReports(fragment.body()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(submitted);
        // without script the same link is a whole page of the rest
        String page = staff.pages.get(next).body();
        assertThat(page).contains("<html");
        assertThat(linkedReports(page)).hasSize(2);
    }

    private static List<String> linkedReports(String page) {
        Matcher link = Pattern.compile("class=\"report-line\">\\s*<a href=\"/desk/reports/([^\"]+)\"")
                .matcher(page);
        List<String> ids = new ArrayList<>();
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    @Test
    void staffOfAnotherStationAreRefusedAndPhotosAreServedUnderTheApisRule() throws Exception {
        String reportId = submittedReport();
        var uploaded = PhotoFixture.upload(admin, reportId, "image/png", TestImages.png(8, 8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String photoId = uploaded.json().path("photoId").asText();
        DeskReportClient own = DeskReportClient.staff(admin, port, station);
        DeskReportClient other = DeskReportClient.staff(admin, port, ledger.station());

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(own.report(reportId).body())
                        .contains("/desk/reports/" + reportId + "/photos/" + photoId)
                        .contains("alt=\"报告照片 1\""));
        HttpResponse<String> photo = own.pages.get("/desk/reports/" + reportId + "/photos/" + photoId);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.headers().allValues("X-Content-Type-Options")).contains("nosniff");

        assertThat(other.report(reportId).statusCode()).isEqualTo(403);
        assertThat(other.pages
                        .get("/desk/reports/" + reportId + "/photos/" + photoId)
                        .statusCode())
                .isEqualTo(403);
        assertThat(other.send(reportId, "acceptance", "form-other-station", "").statusCode())
                .isEqualTo(403);
        assertThat(other.pages.get("/desk/reports").body()).doesNotContain(reportId);
        // an admin who has not picked the desk's station yet is sent to pick one
        org.pointsbank.api.pages.PageClient adminPages = new org.pointsbank.api.pages.PageClient(port);
        adminPages.signIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> unpicked = adminPages.get("/desk/reports");
        assertThat(unpicked.statusCode()).isEqualTo(302);
        assertThat(unpicked.headers().firstValue("Location").orElseThrow()).endsWith("/desk");
        assertThat(adminPages.get("/desk/reports/" + reportId).body()).contains("id=\"accept\"");
        assertThat(reports.awaitStatus(admin, reportId, "SUBMITTED")
                        .path("status")
                        .asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void hostileValuesAreRefusedNeverFaults() throws Exception {
        String reportId = submittedReport();
        DeskReportClient staff = DeskReportClient.staff(admin, port, station);
        String longText = "x".repeat(2_500);
        List<String> faults = new ArrayList<>();
        String[][] posts = {
            {"acceptance", "note=" + longText},
            {"rejection", "reason="},
            {"rejection", "reason=%00%01%1B"},
            {"duplicate", "ofReportId=" + reportId},
            {"duplicate", "ofReportId=" + "y".repeat(300)},
            {"duplicate", "ofReportId=%27%3B+DROP+TABLE+problem_report%3B--"},
            {"dispatch", "assignee=team&dueOn=not-a-date"},
            {"dispatch", "assignee=team&dueOn=%2B999999999-12-31"},
            {"dispatch", "assignee=team&dueOn=0001-01-01"},
            {"resolution", "outcome=BOGUS&feedback=x"},
            {"resolution", "outcome=FIXED&outcome=FIXED&feedback="},
            {"verification", "verdict=%3Cscript%3E"},
        };
        for (String[] post : posts) {
            int status = staff.step(reportId, post[0], "accept", post[1]).statusCode();
            if (status >= 500 || status < 400) {
                faults.add(post[0] + " " + post[1].substring(0, Math.min(60, post[1].length())) + ": " + status);
            }
        }
        for (String key : new String[] {null, "", "has space", "k".repeat(300), "你好"}) {
            int status = staff.send(reportId, "acceptance", key, "note=ok").statusCode();
            if (status != 400) {
                faults.add("formKey " + key + ": " + status);
            }
        }
        for (String path : new String[] {
            "/desk/reports?status=BOGUS",
            "/desk/reports?cursor=not-ours",
            "/desk/reports?cursor=%E4%BD%A0",
            "/desk/reports/no-such-report",
            "/desk/reports/" + reportId + "/photos/no-such-photo"
        }) {
            int status = staff.pages.get(path).statusCode();
            if (status >= 500 || status < 400) {
                faults.add("GET " + path + ": " + status);
            }
        }
        assertThat(faults).isEmpty();
        assertThat(reports.awaitStatus(admin, reportId, "SUBMITTED")
                        .path("timeline")
                        .size())
                .isEqualTo(1);
    }

    private static void assertRedirectedToReport(HttpResponse<String> response, String reportId) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/desk/reports/" + reportId);
    }

    private static long timelineCount(JsonNode report, String event) {
        return StreamSupport.stream(report.path("timeline").spliterator(), false)
                .filter(line -> event.equals(line.path("event").asText()))
                .count();
    }

    private long events(String payloadType, String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Long.class,
                aggregateId,
                payloadType);
    }
}
