package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.pages.PageClient;

/**
 * The short form of the two-instance drill (ops/README.md, "Drills"): the ops tool's {@code drill cluster}, run
 * in-process against two instances on one PostgreSQL, directly and through a real nginx configured from
 * {@code ops/deploy}, with small numbers. The drill itself checks the ledger and exits 0 only when all holds.
 */
class ClusterDrillIT {

    private static final Pattern CARD_REQUEST = Pattern.compile("\"GET /api/v1/cards/([^/ ]+) .* upstream=(\\S+) ");

    private static final String ADMIN = "Basic "
            + Base64.getEncoder()
                    .encodeToString(("admin:" + TwoInstances.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dir;

    private static TwoInstances cluster;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        cluster = TwoInstances.start(dir);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static OpsDrill drill(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--clients",
                "8",
                "--credits",
                "20",
                "--cards",
                "4",
                "--redemptions",
                "6",
                "--resend-every",
                "5",
                "--settle",
                "30s"));
        args.addAll(List.of(extra));
        return OpsDrill.cluster(OpsDrill.urls(cluster.port(0), cluster.port(1)), args.toArray(String[]::new));
    }

    @Test
    void creditsAndRedemptionsSplitOverBothInstancesLoseNothingAndDoubleNothing() {
        OpsDrill drill = drill();

        assertThat(drill.exit()).as(drill.out()).isZero();
        assertThat(drill.out())
                .contains("8 clients x 20 credits on 4 cards, 6 redemptions")
                .contains("32 acknowledged credits sent again with their key to another instance")
                .contains("redemptions  6 placed, 3 fulfilled, 3 cancelled, 0 not finished")
                .endsWith("cluster drill OK\n");
    }

    @Test
    void throughNginxTheDrillPassesAndACardsRequestsAllReachOneInstance() throws Exception {
        try (Nginx nginx = Nginx.start(dir.resolve("nginx"), cluster.port(0), cluster.port(1))) {
            OpsDrill drill = drill("--via", nginx.url());
            assertThat(drill.exit()).as(drill.out()).isZero();
            assertThat(drill.out()).contains("through " + nginx.url()).endsWith("cluster drill OK\n");

            HttpClient http = HttpClient.newHttpClient();
            for (int card = 0; card < 16; card++) {
                String cardId = UUID.randomUUID().toString();
                for (int i = 0; i < 3; i++) {
                    http.send(
                            HttpRequest.newBuilder(URI.create(nginx.url() + "/api/v1/cards/" + cardId))
                                    .header("Authorization", ADMIN)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
            Map<String, Set<String>> instancesByCard = nginx.accessLog().stream()
                    .map(CARD_REQUEST::matcher)
                    .filter(Matcher::find)
                    .collect(Collectors.groupingBy(
                            m -> m.group(1), Collectors.mapping(m -> m.group(2), Collectors.toSet())));
            assertThat(instancesByCard).hasSizeGreaterThanOrEqualTo(16);
            assertThat(instancesByCard.values())
                    .allSatisfy(instances -> assertThat(instances).hasSize(1));
            assertThat(instancesByCard.values().stream().flatMap(Set::stream).distinct())
                    .as("consistent hashing spreads the cards over both instances")
                    .containsExactlyInAnyOrder("127.0.0.1:" + cluster.port(0), "127.0.0.1:" + cluster.port(1));
        }
    }

    @Test
    void throughNginxAPageUserStaysSignedInOnTheirInstance() throws Exception {
        try (Nginx nginx = Nginx.start(dir.resolve("nginx-pages"), cluster.port(0), cluster.port(1))) {
            PageClient page = new PageClient(nginx.port());

            HttpResponse<String> signedIn = page.signIn("admin", TwoInstances.ADMIN_PASSWORD);
            assertThat(signedIn.statusCode()).as(signedIn.headers().toString()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                    .as("the sign-in form's token and the sign-in reach the same session")
                    .endsWith("/desk");
            for (int i = 0; i < 8; i++) {
                for (String path : List.of("/desk", "/audit")) {
                    assertThat(page.get(path).statusCode())
                            .as("request %d for %s still signed in", i, path)
                            .isEqualTo(200);
                }
            }
            // nginx writes a request's log line after sending its answer: the last one may come a moment later
            List<String> pageRequests = await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> nginx.accessLog().stream()
                                    .filter(line -> line.contains("\"GET /desk ") || line.contains("\"GET /audit "))
                                    .toList(),
                            lines -> lines.size() >= 16);
            assertThat(pageRequests).hasSize(16);
            assertThat(pageRequests.stream()
                            .map(line -> line.replaceAll(".* upstream=(\\S+) .*", "$1"))
                            .distinct())
                    .as("one instance holds the page session and answers every page request")
                    .hasSize(1);
        }
    }
}
