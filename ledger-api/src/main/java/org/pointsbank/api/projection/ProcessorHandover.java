package org.pointsbank.api.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.pointsbank.projections.support.Handover;
import org.pointsbank.projections.support.ProjectionWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the card's read models over from a processor each to the shared one ({@link SharedProcessors}): the old
 * tokens are kept in {@code read_model_handover} (migration V24). Before the processors start, the shared processor
 * is given the lowest of them as its token if it has none yet; each read model then skips the events its old
 * processor had handled ({@link Handover}). Each batch of the shared processor reads the table again while it has
 * rows (a rebuild on any instance removes its read model's row) and, once its token has seen everything every old
 * processor had, empties it: from then on nothing is skipped and the table is not read.
 */
@Component
public class ProcessorHandover implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ProcessorHandover.class);
    private static final String READ = ProcessorHandover.class.getName() + ".read";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TokenStore tokenStore;
    private final Serializer serializer;
    private final ProjectionWrites writes;

    ProcessorHandover(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            TokenStore tokenStore,
            Serializer serializer,
            ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.tokenStore = tokenStore;
        this.serializer = serializer;
        this.writes = writes;
    }

    /** Before the processors start: the shared processor's first token, and what each read model skips. */
    public void begin() {
        Map<String, TrackingToken> handled = read();
        if (handled.isEmpty()) {
            return;
        }
        String processor = SharedProcessors.CARD_READ_MODELS;
        List<String> members = SharedProcessors.readModelsOf(processor);
        Map<String, TrackingToken> all = new HashMap<>();
        members.forEach(m -> all.put(m, handled.get(m)));
        Optional<TrackingToken> start = Handover.start(all.values());
        try {
            transactions.executeWithoutResult(status -> {
                if (tokenStore.fetchSegments(processor).length == 0) {
                    tokenStore.initializeTokenSegments(processor, 1, start.orElse(null));
                    log.info(
                            "{} starts at {} (the lowest of its read models' old positions {}); each skips what it had",
                            processor,
                            start.map(Object::toString).orElse("the log's start"),
                            handled);
                }
            });
        } catch (RuntimeException failure) {
            if (tokenStore.fetchSegments(processor).length == 0) {
                throw failure;
            }
            log.info("{}: another instance initialised its token first", processor);
        }
        writes.handOver(new Handover(handled));
    }

    /** Reads the table again: a rebuild removed a row, or another instance emptied it. */
    public void reload() {
        writes.handOver(writes.handover().isEmpty() ? Handover.NONE : new Handover(read()));
    }

    /** In the swap of a rebuilt read model's copy: it has all its processor has seen and must skip nothing more. */
    void forget(String readModel) {
        jdbc.update("DELETE FROM read_model_handover WHERE read_model = ?", readModel);
        writes.handOver(new Handover(read()));
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!writes.handover().isEmpty() && !unitOfWork.resources().containsKey(DeadLetter.class.getName())) {
            UnitOfWork<?> batch = unitOfWork.root();
            if (!batch.resources().containsKey(READ)) {
                batch.resources().put(READ, Boolean.TRUE);
                writes.handOver(new Handover(read()));
                batch.onPrepareCommit(u -> endIfComplete(u));
            }
        }
        return interceptorChain.proceed();
    }

    private void endIfComplete(UnitOfWork<?> batch) {
        Handover current = writes.handover();
        EventMessage<?> last = batch instanceof BatchingUnitOfWork<?> messages
                ? (EventMessage<?>)
                        messages.getMessages().get(messages.getMessages().size() - 1)
                : (EventMessage<?>) batch.getMessage();
        if (last instanceof TrackedEventMessage<?> tracked && current.completedBy(tracked.trackingToken())) {
            jdbc.update("DELETE FROM read_model_handover");
            batch.afterCommit(u -> {
                writes.handOver(Handover.NONE);
                log.info("{} has passed every old position: the handover is over", SharedProcessors.CARD_READ_MODELS);
            });
        }
    }

    private Map<String, TrackingToken> read() {
        Map<String, TrackingToken> tokens = new HashMap<>();
        jdbc.query("SELECT read_model, token, token_type FROM read_model_handover", rs -> {
            tokens.put(
                    rs.getString(1),
                    serializer.deserialize(
                            new SimpleSerializedObject<>(rs.getBytes(2), byte[].class, rs.getString(3), null)));
        });
        return tokens;
    }
}
