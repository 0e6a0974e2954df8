package org.pointsbank.api.config;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * One aggregate type's view of the shared {@link AggregateCache}: ids of other types are never seen. An entry read
 * that is no longer {@link CacheFreshness current} is dropped and reported absent, so Axon's repository loads the
 * aggregate from the store (its only read of the cache is in {@code CachingEventSourcingRepository.doLoadWithLock}).
 */
final class TypedAggregateCache implements Cache {

    /** An aggregate's cache key: its type and its id, as ids alone do not tell cards from gifts. */
    record Key(Class<?> type, Object id) {}

    private final Class<?> type;
    private final com.github.benmanes.caffeine.cache.Cache<Key, Object> entries;
    private final CacheFreshness freshness;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    TypedAggregateCache(
            Class<?> type, com.github.benmanes.caffeine.cache.Cache<Key, Object> entries, CacheFreshness freshness) {
        this.type = type;
        this.entries = entries;
        this.freshness = freshness;
    }

    private Key key(Object id) {
        return new Key(type, id);
    }

    void expired(Object id) {
        listeners.forEach(l -> l.onEntryExpired(id));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K id) {
        V value = (V) entries.getIfPresent(key(id));
        if (value != null && !freshness.current(type, id, value)) {
            entries.asMap().remove(key(id), value);
            listeners.forEach(l -> l.onEntryRemoved(id));
            return null;
        }
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(id, value));
        }
        return value;
    }

    @Override
    public void put(Object id, Object value) {
        Object previous = entries.asMap().put(key(id), value);
        listeners.forEach(l -> {
            if (previous == null) {
                l.onEntryCreated(id, value);
            } else {
                l.onEntryUpdated(id, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object id, Object value) {
        boolean added = entries.asMap().putIfAbsent(key(id), value) == null;
        if (added) {
            listeners.forEach(l -> l.onEntryCreated(id, value));
        }
        return added;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object id, Supplier<T> valueSupplier) {
        return (T) entries.get(key(id), k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object id, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key(id), (k, v) -> update.apply((V) v));
    }

    @Override
    public boolean remove(Object id) {
        boolean removed = entries.asMap().remove(key(id)) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(id));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.asMap().keySet().removeIf(k -> k.type() == type);
    }

    @Override
    public boolean containsKey(Object id) {
        return entries.asMap().containsKey(key(id));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
