package org.pointsbank.core.shared;

/**
 * An aggregate that can estimate how much memory it holds, so that a cache of aggregates can be bounded by memory
 * and not only by count. An estimate from what the state counts (entries, ids), never a measurement: cheap enough
 * to be asked after every command.
 */
public interface MemoryFootprint {

    /** Roughly the bytes this aggregate's state retains on the heap. */
    long estimatedBytes();
}
