package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DurabilityGuardTest {

    private static DurabilitySettings safe() {
        return new DurabilitySettings("on", "on", "pointsbank_app", List.of());
    }

    @Test
    void acceptsFsyncAndSynchronousCommitOnWithAnAppendOnlyRole() {
        assertThat(DurabilityGuard.problems(safe())).isEmpty();
    }

    @Test
    void acceptsTheOtherDurableSynchronousCommitLevels() {
        for (String level : List.of("local", "remote_write", "remote_apply")) {
            assertThat(DurabilityGuard.problems(new DurabilitySettings("on", level, "pointsbank_app", List.of())))
                    .as(level)
                    .isEmpty();
        }
    }

    @Test
    void refusesFsyncOffNamingTheSettingAndTheFix() {
        assertThat(DurabilityGuard.problems(new DurabilitySettings("off", "on", "pointsbank_app", List.of())))
                .singleElement()
                .asString()
                .contains("fsync is off", "fsync = on in postgresql.conf");
    }

    @Test
    void refusesSynchronousCommitOffForTheServiceRole() {
        assertThat(DurabilityGuard.problems(new DurabilitySettings("on", "off", "pointsbank_app", List.of())))
                .singleElement()
                .asString()
                .contains("synchronous_commit is off for role pointsbank_app", "ALTER ROLE pointsbank_app RESET");
    }

    @Test
    void refusesARoleThatMayChangeTheEventLog() {
        DurabilitySettings loose = new DurabilitySettings(
                "on", "on", "owner", List.of("UPDATE on domain_event_entry", "DELETE on event_hash_chain"));

        assertThat(DurabilityGuard.problems(loose))
                .singleElement()
                .asString()
                .contains(
                        "role owner (spring.datasource.username) may change the event log",
                        "UPDATE on domain_event_entry, DELETE on event_hash_chain",
                        "REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry, event_hash_chain, event_seal FROM owner");
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThat(DurabilityGuard.problems(
                        new DurabilitySettings("off", "off", "owner", List.of("UPDATE on domain_event_entry"))))
                .hasSize(3);
    }
}
