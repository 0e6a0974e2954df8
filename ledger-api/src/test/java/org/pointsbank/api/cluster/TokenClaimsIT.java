package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances share the tracking processors' work by token claims: each names itself with its own owner, each
 * segment is processed by exactly one of them, and when one stops the other takes its segments over.
 */
class TokenClaimsIT {

    @TempDir
    Path dir;

    @Test
    void eachSegmentHasOneOwnerAndTheSurvivorTakesOverTheStoppedInstancesClaims() throws Exception {
        try (TwoInstances cluster =
                TwoInstances.start(dir, "--axon.eventhandling.tokenstore.claim-timeout=3s", "--pointsbank.node-id=")) {
            String first = cluster.instance(0).getBean(NodeId.class).value();
            String second = cluster.instance(1).getBean(NodeId.class).value();
            assertThat(first).isNotEqualTo(second);
            List<String> processors = trackingProcessors(cluster, 0);
            assertThat(processors).contains("card_balance", "statement_entry", "redemption_process");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (String processor : processors) {
                    assertThat(claimedSegments(cluster, 0, processor) + claimedSegments(cluster, 1, processor))
                            .as("segments of %s processed by the two instances together", processor)
                            .isEqualTo(1);
                }
            });
            assertThat(owners(cluster, processors).values())
                    .allSatisfy(owner -> assertThat(owner).isIn(first, second));

            cluster.instance(0).close();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(owners(cluster, processors)).hasSize(processors.size());
                assertThat(owners(cluster, processors).values()).containsOnly(second);
                for (String processor : processors) {
                    assertThat(claimedSegments(cluster, 1, processor)).isEqualTo(1);
                }
            });
        }
    }

    private static List<String> trackingProcessors(TwoInstances cluster, int instance) {
        return cluster
                .instance(instance)
                .getBean(EventProcessingConfiguration.class)
                .eventProcessors()
                .values()
                .stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(p -> p.getName())
                .sorted()
                .toList();
    }

    private static int claimedSegments(TwoInstances cluster, int instance, String processor) {
        return cluster.instance(instance)
                .getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, TrackingEventProcessor.class)
                .map(p -> p.processingStatus().size())
                .orElseThrow();
    }

    /** processor name (segment 0) to the owner its token_entry row names. */
    private static Map<String, String> owners(TwoInstances cluster, List<String> processors) {
        return cluster
                .jdbc()
                .queryForList("select processor_name, owner from token_entry where owner is not null")
                .stream()
                .filter(row -> processors.contains((String) row.get("processor_name")))
                .collect(Collectors.toMap(row -> (String) row.get("processor_name"), row -> (String) row.get("owner")));
    }
}
