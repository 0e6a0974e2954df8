package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.projections.testing.CardEvents;

/** What someone with the database but without the seal key can do to events the chain has not reached yet. */
class SealedEventTamperingTest extends ChainTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final String MORE_POINTS = "UPDATE domain_event_entry SET payload = convert_to(replace("
            + "convert_from(payload, 'UTF8'), '\"points\":10', '\"points\":1000'), 'UTF8') WHERE global_index = 2";

    /** Three sealed events, none chained yet. */
    @BeforeEach
    void threeSealedEvents() {
        CardEvents ann = card("card-ann", "station-a");
        recordSealed(List.of(ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2), ann.issued()));
    }

    @Test
    void aSealedRowEditedBeforeItIsChainedIsCaughtAndTheChainHoldsItInsteadOfLinkingIt() {
        owner().update(MORE_POINTS);

        assertThat(verifier.verify().mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "SEAL_MISMATCH"));

        assertThat(chainAll()).isEqualTo(2);
        assertThat(chainedPositions()).containsExactly(1L, 3L);
        assertThat(jdbc.queryForObject("SELECT problem FROM event_chain_held WHERE global_index = 2", String.class))
                .isEqualTo("SEAL_MISMATCH");
        Verification afterChaining = verifier.verify();
        assertThat(afterChaining.ok()).isFalse();
        assertThat(afterChaining.mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "SEAL_MISMATCH"));
    }

    @Test
    void aRowEditedAfterItIsChainedNoLongerMatchesItsLink() {
        chainAll();
        owner().update(MORE_POINTS);

        assertThat(verifier.verify().mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "EDITED"));
    }

    @Test
    void anEventWhoseSealWasDeletedIsNeitherChainedNorVerified() {
        owner().update("DELETE FROM event_seal WHERE global_index = 2");

        chainAll();

        assertThat(chainedPositions()).containsExactly(1L, 3L);
        assertThat(jdbc.queryForObject("SELECT problem FROM event_chain_held WHERE global_index = 2", String.class))
                .isEqualTo("NO_SEAL");
        assertThat(verifier.verify().mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "INSERTED"));
    }

    @Test
    void aRowInsertedBySqlHasNoSealAndIsReportedBeforeAndAfterTheChainPassesIt() {
        log.append(card("card-forged", "station-a").issued());

        assertThat(verifier.verify().mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(4L, "INSERTED"));
        chainAll();
        assertThat(chainedPositions()).containsExactly(1L, 2L, 3L);
        assertThat(verifier.verify().mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(4L, "INSERTED"));
    }

    @Test
    void aSealedRowDeletedBeforeItIsChainedIsMissing() {
        owner().update("DELETE FROM domain_event_entry WHERE global_index = 2");

        assertThat(verifier.verify().mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "MISSING"));
    }

    @Test
    void theServicesRoleMayAddSealsButNeverChangeOrRemoveOne() {
        assertThatThrownBy(() -> jdbc.update("UPDATE event_seal SET seal = seal"))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_seal"))
                .rootCause()
                .hasMessageContaining("permission denied");
    }
}
