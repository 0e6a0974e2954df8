package org.pointsbank.ops.bench;

/**
 * One request of a workload. {@code sequence} numbers the calls of one run (unique, not necessarily in
 * order of completion); an operation must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface Operation {

    Outcome call(long sequence) throws InterruptedException;
}
