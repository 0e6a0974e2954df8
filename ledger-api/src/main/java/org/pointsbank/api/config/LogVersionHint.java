package org.pointsbank.api.config;

import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * An aggregate's last sequence number in the event log, read earlier in the same transaction by a statement the
 * request ran anyway (the idempotency key's claim), so that {@link LogFreshness} need not look it up again on a
 * cache hit. A hint is kept in the root unit of work (the request's transaction) and used once. It was read before
 * the aggregate's lock was taken, which widens the window that the look-up always had between the look and the
 * append, and nothing more: an append by another instance in between is refused by the unique (aggregate,
 * sequence) key and the request runs again; one by this instance leaves the cache ahead of the hint, and a cached
 * version that is not the hint is looked up in the log as before.
 */
public final class LogVersionHint {

    private static final String RESOURCE = LogVersionHint.class.getName() + ".";

    private LogVersionHint() {}

    /** Notes, for the current request's transaction, that aggregate {@code id}'s stream ended at {@code version}. */
    public static void offer(String id, long version) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().resources().put(RESOURCE + id, version));
    }

    /** The version offered for {@code id} in the current transaction, if any; a hint is answered once. */
    static Optional<Long> take(Object id) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return Optional.ofNullable((Long) root.resources().remove(RESOURCE + id));
    }
}
