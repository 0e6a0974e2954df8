package org.pointsbank.api.config;

/**
 * Whether an aggregate found in the {@link AggregateCache} may be acted on: another instance of the service may have
 * appended to its stream since this instance cached it (issue 18). An entry that is not current is dropped and the
 * aggregate is loaded from the store (snapshot and events) instead.
 */
@FunctionalInterface
interface CacheFreshness {

    /** Every entry is current: one instance alone writes the log (unit tests of the cache). */
    CacheFreshness TRUSTED = (type, id, entry) -> true;

    /** {@code entry} is the cached value of aggregate {@code id} of {@code type}, as Axon's repository stored it. */
    boolean current(Class<?> type, Object id, Object entry);
}
