package org.pointsbank.api.projection;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.pointsbank.api.http.WriteConflicts;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.Parking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Swaps a caught-up copy into the live tables in one transaction: it locks the live tables in {@code EXCLUSIVE} mode
 * (their writers wait, their readers do not), applies to the copy the events committed since its position (a writer
 * that had written a live table before the lock has committed by the time the lock is granted, so its events are in
 * the log; one that comes later waits and writes the swapped rows), makes the live rows the copy's, and, for a
 * tracking read model, stores the copy's token as the processor's. Readers see the old rows until the commit.
 *
 * <p>A tracking read model's processor is shut down on this instance first and started after. Its token rows are
 * locked before the live tables (a batch of another instance's processor takes its token row at its start and the
 * tables at its end: the two wait for each other, never deadlock) and claimed for this instance in the swap's
 * transaction: a processor of another instance whose batch commits after the swap finds its claim taken, and its
 * batch, writes and token together, rolls back; it claims the segment again when this instance lets it go. A swap
 * PostgreSQL aborts all the same (a deadlock with a recording transaction, a serialization failure) is run again from
 * the copy's position before it, at most {@link #ATTEMPTS} times in all. The processor's parked letters are emptied
 * and the copy's parked instead, as a reset and replay did (ADR 7).
 */
@Component
class ReadModelSwap {

    /** A swap that loses a deadlock or a serialization conflict is run again, at most this many times in all. */
    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(ReadModelSwap.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LongStatements longStatements;
    private final TokenStore tokenStore;
    private final Parking parking;

    ReadModelSwap(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            LongStatements longStatements,
            TokenStore tokenStore,
            Parking parking) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.longStatements = longStatements;
        this.tokenStore = tokenStore;
        this.parking = parking;
    }

    /** Answers how long the live tables' writers were locked out. */
    Duration swap(String name, ReadModelCopy copy, CopyTables tables, EventProcessingConfiguration processing) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow();
        SequencedDeadLetterQueue<?> queue = processing.deadLetterQueue(name).orElse(null);
        if (queue == null && copy.parking().size() > 0) {
            throw new IllegalStateException(
                    name + ": " + copy.parking().size() + " events failed in the copy and it has no dead-letter queue");
        }
        StreamingEventProcessor streaming = processor instanceof StreamingEventProcessor s ? s : null;
        if (streaming != null) {
            streaming.shutDown();
        }
        try {
            for (int attempt = 1; ; attempt++) {
                ReadModelCopy.Mark mark = copy.mark();
                try {
                    return swapOnce(name, copy, tables, streaming != null, queue);
                } catch (RuntimeException failure) {
                    copy.reset(mark); // its batches in the swap's transaction were rolled back with it
                    if (attempt >= ATTEMPTS || !lostToAnotherTransaction(failure)) {
                        throw failure;
                    }
                    log.warn(
                            "the swap of {} lost a deadlock (attempt {} of {}); swapping again",
                            name,
                            attempt,
                            ATTEMPTS,
                            failure);
                }
            }
        } finally {
            if (streaming != null) {
                streaming.start();
            }
        }
    }

    private Duration swapOnce(
            String name, ReadModelCopy copy, CopyTables tables, boolean tracking, SequencedDeadLetterQueue<?> queue) {
        long[] locked = new long[1];
        transactions.executeWithoutResult(status -> {
            tables.useCopies();
            longStatements.allowInThisTransaction();
            if (tracking) {
                // the token rows before the tables: a batch of another instance takes them in that order too
                // (its token at its start, the tables at its end), so the two wait for each other, never deadlock
                lockTokens(name);
            }
            tables.lockLive();
            locked[0] = System.nanoTime();
            while (copy.applyNextBatch()) {
                // the events committed since the copy caught up
            }
            tables.replaceLive();
            if (tracking) {
                storeToken(name, copy);
            }
            if (queue != null) {
                queue.clear();
                copy.parking().parkIn(parking, name);
            }
        });
        return Duration.ofNanos(System.nanoTime() - locked[0]);
    }

    /** PostgreSQL aborted the swap's transaction to break a deadlock, or for a serialization failure. */
    private static boolean lostToAnotherTransaction(Throwable failure) {
        return WriteConflicts.of(failure).filter(WriteConflicts.ABORTED::equals).isPresent();
    }

    private void lockTokens(String name) {
        jdbc.queryForList(
                "SELECT segment FROM token_entry WHERE processor_name = ? ORDER BY segment FOR UPDATE",
                Integer.class,
                name);
    }

    private void storeToken(String name, ReadModelCopy copy) {
        if (tokenStore.fetchSegments(name).length == 0) {
            tokenStore.initializeTokenSegments(name, 1, copy.token());
        }
        for (int segment : tokenStore.fetchSegments(name)) {
            // taken from whoever holds it, for this instance: a batch of another instance's processor now fails
            jdbc.update("UPDATE token_entry SET owner = NULL WHERE processor_name = ? AND segment = ?", name, segment);
            tokenStore.fetchToken(name, segment);
            tokenStore.storeToken(copy.token(), name, segment);
        }
    }
}
