package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

class EventChainProjectionTest extends ChainTest {

    @Test
    void aLaterEventCommittedFirstWaitsForTheEarlierOneSoTheChainFollowsTheLogsOrder() throws Exception {
        DomainEventMessage<?> first = card("card-ann", "station-a").issued();
        DomainEventMessage<?> slow = card("card-bob", "station-a").issued();
        DomainEventMessage<?> fast = card("card-cid", "station-a").issued();
        recordSealed(List.of(first));
        CountDownLatch slowAppended = new CountDownLatch(1);
        CountDownLatch fastChained = new CountDownLatch(1);
        CompletableFuture<Void> open =
                CompletableFuture.runAsync(() -> recordSealedHolding(slow, slowAppended, fastChained));
        assertThat(slowAppended.await(30, TimeUnit.SECONDS)).isTrue();
        recordSealed(List.of(fast));

        // the processor's token has read position 3 and still expects 2
        assertThat(chainUpTo(3, Set.of(2L))).as("position 2 is still open").isEqualTo(1);
        assertThat(chainedPositions()).containsExactly(1L);
        fastChained.countDown();
        open.get(30, TimeUnit.SECONDS);
        assertThat(chainUpTo(3, Set.of())).isEqualTo(2);

        assertThat(chainedPositions()).containsExactly(1L, 2L, 3L);
        assertThat(jdbc.queryForList("SELECT chain_seq FROM event_hash_chain ORDER BY global_index", Long.class))
                .containsExactly(1L, 2L, 3L);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aPositionWhoseTransactionRolledBackIsSettledAsEmptyAndTheChainGoesOn() {
        recordSealed(List.of(card("card-ann", "station-a").issued()));
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.append(card("card-bob", "station-a").issued());
            s.setRollbackOnly();
        });
        recordSealed(List.of(card("card-cid", "station-a").issued()));

        assertThat(chainUpTo(3, Set.of(2L))).isEqualTo(2);

        assertThat(chainedPositions()).containsExactly(1L, 3L);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void theProcessorsTokenSaysHowFarToChainAndAnEventSeenAgainIsNotChainedTwice() {
        List<DomainEventMessage<?>> events = List.of(
                card("card-ann", "station-a").issued(),
                card("card-bob", "station-a").issued());
        recordSealed(events);
        EventChainProjection projection = new EventChainProjection(appender);

        inOneBatch(projection, tracked(events.get(0), 1), tracked(events.get(1), 2));
        inOneBatch(projection, tracked(events.get(1), 2));

        assertThat(chainedPositions()).containsExactly(1L, 2L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_chain_held", Integer.class))
                .isZero();
    }

    @Test
    void theChainsPositionIsItsLastLinkOrHeldEvent() {
        assertThat(appender.position()).isZero();
        recordSealed(List.of(
                card("card-ann", "station-a").issued(),
                card("card-bob", "station-a").issued()));
        owner().update("DELETE FROM event_seal WHERE global_index = 2");

        chainAll();

        assertThat(appender.position()).isEqualTo(2);
        assertThat(chainedPositions()).containsExactly(1L);
    }

    private void recordSealedHolding(DomainEventMessage<?> event, CountDownLatch appended, CountDownLatch release) {
        EventSealProjection seals = new EventSealProjection(jdbc, SEAL);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.append(event);
            recorded(seals, event);
            appended.countDown();
            try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static GenericTrackedDomainEventMessage<?> tracked(DomainEventMessage<?> event, long index) {
        return new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(index, Set.of()), event);
    }
}
