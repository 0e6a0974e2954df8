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
import org.pointsbank.projections.testing.ProjectionTest;

class ChainVerifierTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private ChainVerifier verifier;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    /** Four events, each linked in the transaction that records it, as the subscribing processor does. */
    @BeforeEach
    void aChainedLog() {
        verifier = new ChainVerifier(jdbc, transactions, longStatements);
        EventChainProjection chain = new EventChainProjection(jdbc);
        CardEvents ann = card("card-ann", "station-a");
        events.addAll(List.of(
                ann.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.volunteered("e2", 30, 5, MARCH_2),
                ann.studied("e3", 30, 3, MARCH_2)));
        events.forEach(e -> {
            log.append(e);
            recorded(chain, e);
        });
    }

    @Test
    void anUntouchedLogVerifiesThroughItsLastEvent() {
        Verification verification = verifier.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(4);
        assertThat(verification.verifiedThrough()).isEqualTo(4);
        assertThat(verification.head())
                .isEqualTo(jdbc.queryForObject("SELECT link FROM event_hash_chain WHERE chain_seq = 4", String.class));
    }

    @Test
    void aRowEditedDeletedOrAddedInTheDatabaseIsFoundWhereItIs() {
        owner().update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '\"points\":10', '\"points\":1000'), 'UTF8') WHERE global_index = 2");
        owner().update("DELETE FROM domain_event_entry WHERE global_index = 3");
        log.append(card("card-forged", "station-a").issued()); // straight into the table: no link

        Verification verification = verifier.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.mismatches())
                .extracting(Mismatch::position, Mismatch::problem)
                .containsExactly(tuple(2L, "EDITED"), tuple(3L, "MISSING"), tuple(5L, "INSERTED"));
        assertThat(verification.firstMismatch().position()).isEqualTo(2);
    }
}
