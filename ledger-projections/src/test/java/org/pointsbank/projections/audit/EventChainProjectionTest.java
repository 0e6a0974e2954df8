package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

class EventChainProjectionTest extends ProjectionTest {

    @Test
    void twoEventsRecordedAtOnceAreChainedOneAfterTheOtherInCommitOrder() throws Exception {
        EventChainProjection chain = new EventChainProjection(jdbc);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(chain);
        DomainEventMessage<?> first = card("card-ann", "station-a").issued();
        DomainEventMessage<?> second = card("card-bob", "station-a").issued();
        CountDownLatch firstChained = new CountDownLatch(1);
        TransactionTemplate recording = new TransactionTemplate(transactions);

        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> recording.executeWithoutResult(s -> {
            log.append(first);
            handle(handlers, first);
            firstChained.countDown();
            // still open until the other transaction is seen waiting for this one's link
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(this::anotherSessionWaitsForALock);
        }));
        assertThat(firstChained.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> recording.executeWithoutResult(s -> {
            log.append(second);
            handle(handlers, second);
        }));
        CompletableFuture.allOf(slow, fast).get(60, TimeUnit.SECONDS);

        assertThat(jdbc.queryForList("SELECT event_identifier FROM event_hash_chain ORDER BY chain_seq", String.class))
                .isEqualTo(List.of(first.getIdentifier(), second.getIdentifier()));
        assertThat(new ChainVerifier(jdbc, transactions, longStatements)
                        .verify()
                        .ok())
                .isTrue();
    }

    private static void handle(AnnotationEventHandlerAdapter handlers, DomainEventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean anotherSessionWaitsForALock() {
        Integer waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                        + " AND pid <> pg_backend_pid()",
                Integer.class);
        return waiting != null && waiting > 0;
    }
}
