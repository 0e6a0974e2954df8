package org.pointsbank.ops.bench;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of resources (HTTP clients, JDBC connections), each used by one caller at a time: a caller that
 * finds them all busy waits. With one resource per closed-loop client nobody ever waits.
 */
public final class Pool<T> {

    private final List<T> all;
    private final BlockingQueue<T> idle;

    public Pool(Collection<T> resources) {
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one resource");
        }
        this.all = List.copyOf(resources);
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    public T take() throws InterruptedException {
        return idle.take();
    }

    public void give(T resource) {
        if (!idle.offer(resource)) {
            throw new IllegalStateException("given back more than was taken");
        }
    }

    public int size() {
        return all.size();
    }

    /** Every resource, idle or not: for closing them at the end. */
    public List<T> all() {
        return all;
    }
}
