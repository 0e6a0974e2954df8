package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two instances in one JVM, or two containers with the same host name and pid, never share a token owner. */
class NodeIdTest {

    @Test
    void theDefaultNamesTheHostAndProcessAndDiffersAtEveryStart() {
        long pid = ManagementFactory.getRuntimeMXBean().getPid();
        String host = NodeId.host(ManagementFactory.getRuntimeMXBean().getName());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String id = NodeId.of(null).value();
            assertThat(id).matches("\\Q" + host + "-" + pid + "-\\E[0-9a-f]{8}");
            ids.add(id);
        }
        assertThat(ids).hasSize(100);
        assertThat(NodeId.of("  ").value()).startsWith(host + "-" + pid + "-");
    }

    @Test
    void theDefaultIsNotAxonsPidAtHost() {
        assertThat(NodeId.of("").value())
                .isNotEqualTo(ManagementFactory.getRuntimeMXBean().getName());
    }

    @Test
    void aConfiguredNameIsKept() {
        assertThat(NodeId.of(" points-bank-a ").value()).isEqualTo("points-bank-a");
    }

    @Test
    void theHostIsTakenFromTheJvmsName() {
        assertThat(NodeId.host("4242@ledger-7f9c")).isEqualTo("ledger-7f9c");
        assertThat(NodeId.host("4242")).isEqualTo("unknown-host");
        assertThat(NodeId.host("4242@")).isEqualTo("unknown-host");
    }

    @Test
    void aNodeIdIsNeverBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NodeId(" "));
    }
}
