package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.projections.testing.CardEvents;

class ChainVerifierTest extends ChainTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    /** Four events, each sealed in the transaction that records it and then chained behind the log. */
    @BeforeEach
    void aChainedLog() {
        CardEvents ann = card("card-ann", "station-a");
        events.addAll(List.of(
                ann.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.volunteered("e2", 30, 5, MARCH_2),
                ann.studied("e3", 30, 3, MARCH_2)));
        recordSealed(events);
        chainAll();
    }

    @Test
    void anUntouchedLogVerifiesThroughItsLastEvent() {
        Verification verification = verifier.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(4);
        assertThat(verification.verifiedThrough()).isEqualTo(4);
        assertThat(verification.chainLag()).isZero();
        assertThat(verification.head())
                .isEqualTo(jdbc.queryForObject("SELECT link FROM event_hash_chain WHERE chain_seq = 4", String.class));
    }

    @Test
    void aRowEditedDeletedOrAddedInTheDatabaseIsFoundWhereItIs() {
        owner().update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '\"points\":10', '\"points\":1000'), 'UTF8') WHERE global_index = 2");
        owner().update("DELETE FROM domain_event_entry WHERE global_index = 3");
        log.append(card("card-forged", "station-a").issued()); // straight into the table: no seal, no link

        Verification verification = verifier.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "EDITED"), tuple(3L, "MISSING"), tuple(5L, "INSERTED"));
        assertThat(verification.firstMismatch().position()).isEqualTo(2);
    }

    @Test
    void eventsNotChainedYetVerifyByTheirSealsAndCountAsTheChainsLag() {
        CardEvents bob = card("card-bob", "station-a");
        recordSealed(List.of(bob.issued(), bob.volunteered("e4", 60, 10, MARCH_2)));

        Verification verification = verifier.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.verifiedThrough()).isEqualTo(4);
        assertThat(verification.chainLag()).isEqualTo(2);
        assertThat(verification.eventsChecked()).isEqualTo(6);

        chainAll();
        assertThat(verifier.verify().chainLag()).isZero();
        assertThat(verifier.verify().verifiedThrough()).isEqualTo(6);
    }
}
