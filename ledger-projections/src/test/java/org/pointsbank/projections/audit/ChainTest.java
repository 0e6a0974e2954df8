package org.pointsbank.projections.audit;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/** A log whose events are sealed as they are recorded and chained behind it, as the service runs them. */
abstract class ChainTest extends ProjectionTest {

    static final EventSeal SEAL = new EventSeal("a test key of 32 bytes, not more".getBytes(StandardCharsets.UTF_8));

    protected ChainAppender appender;
    protected ChainVerifier verifier;

    @BeforeEach
    void chainParts() {
        appender = new ChainAppender(jdbc, SEAL);
        verifier = new ChainVerifier(jdbc, transactions, longStatements, SEAL);
    }

    /** Appends each event and seals it in the same transaction, as the recording transaction does. */
    protected void recordSealed(List<? extends DomainEventMessage<?>> events) {
        EventSealProjection seals = new EventSealProjection(jdbc, SEAL);
        for (DomainEventMessage<?> event : events) {
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                log.append(event);
                recorded(seals, event);
            });
        }
    }

    /** The chain's processor at a token up to {@code upTo} that still expects {@code gaps}. */
    protected int chainUpTo(long upTo, Collection<Long> gaps) {
        return new TransactionTemplate(transactions).execute(s -> appender.advance(upTo, gaps));
    }

    /** The chain's processor, caught up with the whole log. */
    protected int chainAll() {
        Long last = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        return chainUpTo(last, Set.of());
    }

    protected List<Long> chainedPositions() {
        return jdbc.queryForList("SELECT global_index FROM event_hash_chain ORDER BY chain_seq", Long.class);
    }
}
