package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;

/**
 * Two instances share the tracking processors' work by token claims: each names itself with its own owner, each
 * segment is processed by exactly one of them, and when one stops the other takes its segments over. The balance read
 * model runs here with two segments (one card's events stay in one segment): every card's balance is right.
 */
class TokenClaimsIT {

    private static final String SPLIT = "card_balance";

    @TempDir
    Path dir;

    @Test
    void eachSegmentHasOneOwnerAndTheSurvivorTakesOverTheStoppedInstancesClaims() throws Exception {
        try (TwoInstances cluster = TwoInstances.start(
                dir,
                "--axon.eventhandling.tokenstore.claim-timeout=3s",
                "--axon.eventhandling.processors." + SPLIT + ".initial-segment-count=2",
                "--axon.eventhandling.processors." + SPLIT + ".thread-count=2",
                "--pointsbank.node-id=")) {
            String first = cluster.instance(0).getBean(NodeId.class).value();
            String second = cluster.instance(1).getBean(NodeId.class).value();
            assertThat(first).isNotEqualTo(second);
            List<String> processors = trackingProcessors(cluster);
            assertThat(processors).contains(SPLIT, "statement_entry", "redemption_process");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (String processor : processors) {
                    Set<Integer> onFirst = claimedSegments(cluster, 0, processor);
                    Set<Integer> onSecond = claimedSegments(cluster, 1, processor);
                    Set<Integer> onBoth = new HashSet<>(onFirst);
                    onBoth.retainAll(onSecond);
                    assertThat(onBoth)
                            .as("%s: segments on both instances", processor)
                            .isEmpty();
                    assertThat(onFirst.size() + onSecond.size())
                            .as("segments of %s processed by the two instances together", processor)
                            .isEqualTo(SPLIT.equals(processor) ? 2 : 1);
                }
            });
            assertThat(owners(cluster).values())
                    .allSatisfy(owner -> assertThat(owner).isIn(first, second));

            Map<String, Long> expected = creditOnBoth(cluster);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(balances(cluster, expected.keySet())).isEqualTo(expected));

            cluster.instance(0).close();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(owners(cluster)).hasSize(processors.size() + 1);
                assertThat(owners(cluster).values()).containsOnly(second);
                for (String processor : processors) {
                    assertThat(claimedSegments(cluster, 1, processor)).hasSize(SPLIT.equals(processor) ? 2 : 1);
                }
            });
            ApiResponse status = cluster.admin(1).get("/api/v1/admin/projections/" + SPLIT);
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            assertThat(status.json().get("segments").findValuesAsText("owner")).containsExactly(second, second);
            assertThat(status.json().get("segments").findValuesAsText("segment"))
                    .containsExactly("0", "1");
        }
    }

    /**
     * Six cards credited three times each, half of them on each instance (one card's commands on one instance, as the
     * load balancer routes them): card to the balance its last credit answered.
     */
    private static Map<String, Long> creditOnBoth(TwoInstances cluster) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LedgerFixture onFirst = cluster.ledger(0);
        String station = onFirst.station();
        Map<String, Long> expected = new HashMap<>();
        for (int c = 0; c < 6; c++) {
            String card = onFirst.card(station);
            for (int i = 0; i < 3; i++) {
                ApiResponse credit = cluster.ledger(c % 2).volunteer(card, station, 30, today);
                assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
                expected.put(card, credit.json().get("balance").asLong());
            }
        }
        return expected;
    }

    private static Map<String, Long> balances(TwoInstances cluster, Set<String> cards) {
        return cluster.jdbc().queryForList("select card_id, balance from card_balance").stream()
                .filter(row -> cards.contains((String) row.get("card_id")))
                .collect(Collectors.toMap(
                        row -> (String) row.get("card_id"), row -> ((Number) row.get("balance")).longValue()));
    }

    private static List<String> trackingProcessors(TwoInstances cluster) {
        return cluster.instance(0).getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(p -> p.getName())
                .sorted()
                .toList();
    }

    private static Set<Integer> claimedSegments(TwoInstances cluster, int instance, String processor) {
        return cluster.instance(instance)
                .getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, TrackingEventProcessor.class)
                .map(p -> new HashSet<>(p.processingStatus().keySet()))
                .orElseThrow();
    }

    /** "processor/segment" to the owner its token_entry row names, for the rows with an owner. */
    private static Map<String, String> owners(TwoInstances cluster) {
        return cluster
                .jdbc()
                .queryForList("select processor_name, segment, owner from token_entry where owner is not null")
                .stream()
                .collect(Collectors.toMap(
                        row -> row.get("processor_name") + "/" + row.get("segment"), row -> (String) row.get("owner")));
    }
}
