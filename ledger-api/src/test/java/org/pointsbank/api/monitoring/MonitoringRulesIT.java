package org.pointsbank.api.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.report.ReportFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

/**
 * The monitoring files in {@code ops/monitoring}: promtool accepts the rules, the configuration and the rules' unit
 * tests, every metric an alert or a dashboard panel names is one this service exports, and every runbook
 * annotation points at a section of docs/operations.md. Needs Debian's {@code prometheus} package (promtool): it
 * fails, never skips, without it.
 */
class MonitoringRulesIT extends IntegrationTest {

    static final Path MONITORING = Path.of("..", "ops", "monitoring");
    static final Path OPERATIONS = Path.of("..", "docs", "operations.md");
    /** Metric names, once label matchers and quoted strings are taken out of an expression. */
    private static final Pattern METRIC =
            Pattern.compile("\\b(?:pointsbank|http_server|hikaricp|process|jvm)_[a-z0-9_]+\\b");

    @Autowired
    BusinessMetrics business;

    @Autowired
    CommandGateway gateway;

    @Test
    void promtoolAcceptsTheRulesTheConfigurationAndTheRulesUnitTests() throws Exception {
        assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS: 9 rules found");
        assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
        assertThat(promtool("test", "rules", "alerts-test.yml")).contains("SUCCESS");
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardNameIsExported() throws IOException {
        Set<String> alerts = names(alertExpressions());
        Set<String> dashboard = names(dashboardExpressions());
        assertThat(alerts)
                .hasSizeGreaterThanOrEqualTo(9)
                .contains("pointsbank_check_last_success_seconds", "pointsbank_redemptions_steps_never_held_total");
        assertThat(dashboard).hasSizeGreaterThanOrEqualTo(15).contains("pointsbank_entries");

        Scrape scrape = scrapeWithEveryFigure();
        assertThat(scrape.names()).containsAll(alerts).containsAll(dashboard);
    }

    @Test
    void everyRunbookIsASectionOfTheOperationsDocument() throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(OPERATIONS)) {
            if (line.startsWith("#")) {
                anchors.add(line.replaceFirst("^#+\\s*", "")
                        .toLowerCase()
                        .replaceAll("[^a-z0-9 _-]", "")
                        .replace(' ', '-'));
            }
        }
        List<Map<String, Object>> rules = rules();
        assertThat(rules).hasSize(9);
        for (Map<String, Object> rule : rules) {
            @SuppressWarnings("unchecked")
            Map<String, String> annotations = (Map<String, String>) rule.get("annotations");
            assertThat(annotations).as("%s", rule.get("alert")).containsKeys("summary", "description", "runbook");
            String runbook = annotations.get("runbook");
            assertThat(runbook).startsWith("docs/operations.md#");
            assertThat(anchors).as("a heading for " + runbook).contains(runbook.substring(runbook.indexOf('#') + 1));
        }
    }

    /** Every figure present at least once: a problem answered, a card credited, a report filed, figures read. */
    private Scrape scrapeWithEveryFigure() {
        assertThat(new ApiClient(port, null, null).get("/api/v1/stations").status())
                .isEqualTo(401);
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 30, today());
        ReportFixture reports = new ReportFixture(admin, gateway);
        reports.submitted(admin, card, reports.category(5), reports.county(station));
        String gift = ledger.gift(station, 1, 5, null);
        ledger.redeemed(card, gift, 1);
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            business.refresh();
                            return Scrape.of(admin);
                        },
                        s -> s.value("pointsbank_reports", Map.of("station", station))
                                        .isPresent()
                                && s.value("pointsbank_redemptions", Map.of("station", station))
                                        .isPresent());
    }

    private static Set<String> names(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            Matcher metric =
                    METRIC.matcher(expression.replaceAll("\\{[^}]*}", "").replaceAll("\"[^\"]*\"", ""));
            while (metric.find()) {
                names.add(metric.group());
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(MONITORING.resolve("alerts.yml")));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    private static List<String> alertExpressions() throws IOException {
        return rules().stream().map(r -> (String) r.get("expr")).toList();
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = new ObjectMapper()
                .readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.get("expr").asText());
            }
            if (!"row".equals(panel.get("type").asText())) {
                assertThat(panel.path("targets"))
                        .as(panel.get("title").asText())
                        .isNotEmpty();
            }
        }
        return expressions;
    }

    private static String promtool(String... arguments) throws IOException, InterruptedException {
        Path promtool = Path.of("/usr/bin/promtool");
        assertThat(promtool)
                .as("promtool (Debian's prometheus package: apt-get install prometheus)")
                .isExecutable();
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(MONITORING.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
        return output;
    }
}
