package org.pointsbank.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * One object per processor batch (the root unit of work), written out by {@code flush} just
 * before the batch commits with its token: in the same transaction, after its last event.
 * While a parked event is retried from the dead-letter queue, the batch is that one event (Axon
 * runs it in a unit of work of its own, holding the letter): it is written by {@link RetryWrites}
 * as soon as its handler returns, so that a failing write fails that letter and no other.
 */
public final class PerBatch {

    private static final String RETRIED = PerBatch.class.getName() + ".retried";

    private PerBatch() {}

    public static <T> T of(String key, Supplier<T> create, Consumer<T> flush) {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (isRetry(current)) {
            // the resources are a plain map: no nested computation
            List<Runnable> flushes = current.getOrComputeResource(RETRIED, r -> new ArrayList<>());
            return current.getOrComputeResource(key, k -> {
                T batch = create.get();
                flushes.add(() -> flush.accept(batch));
                return batch;
            });
        }
        UnitOfWork<?> root = current.root();
        return root.getOrComputeResource(key, k -> {
            T batch = create.get();
            root.onPrepareCommit(u -> flush.accept(batch));
            return batch;
        });
    }

    /** True in the unit of work Axon runs a dead letter's retry in. */
    static boolean isRetry(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(DeadLetter.class.getName());
    }

    /** Writes what the retried event queued (see {@link RetryWrites}). */
    static void flushRetried(UnitOfWork<?> unitOfWork) {
        List<Runnable> flushes = unitOfWork.getResource(RETRIED);
        if (flushes != null) {
            flushes.forEach(Runnable::run);
            flushes.clear();
        }
    }
}
