package org.pointsbank.projections.support;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * One object per processor batch (the root unit of work), written out by {@code flush} just
 * before the batch commits with its token: in the same transaction, after its last event.
 */
public final class PerBatch {

    private PerBatch() {
    }

    public static <T> T of(String key, Supplier<T> create, Consumer<T> flush) {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(key, k -> {
            T batch = create.get();
            root.onPrepareCommit(u -> flush.accept(batch));
            return batch;
        });
    }
}
