package org.pointsbank.ops.drill;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.pointsbank.ops.bench.BenchHttp;

/**
 * Where the drill sends its requests: the instances themselves ({@code direct}, in the order given), and the load
 * balancer in front of them when there is one ({@code via}, else null). Without one, request {@code i} goes to
 * instance {@code i mod n} ({@code alternate}) or to one picked at random; with one, every request goes through
 * it. A resend "to the other instance" always goes direct, to another instance than the first attempt's when that
 * one is known (without a balancer).
 */
record Targets(List<BenchHttp> direct, BenchHttp via, boolean random) {

    Targets {
        if (direct.size() < 2) {
            throw new IllegalArgumentException("a cluster drill needs at least two instances");
        }
        direct = List.copyOf(direct);
    }

    /** The index of the instance for request {@code i}, or -1 when it goes through the balancer. */
    int pick(long i) {
        if (via != null) {
            return -1;
        }
        return random ? ThreadLocalRandom.current().nextInt(direct.size()) : (int) Math.floorMod(i, direct.size());
    }

    /** The client for a pick of {@link #pick}. */
    BenchHttp at(int picked) {
        return picked < 0 ? via : direct.get(picked);
    }

    /** Another instance than {@code picked} (through no balancer); for a balancer's pick, instance {@code i mod n}. */
    int other(int picked, long i) {
        return picked < 0 ? (int) Math.floorMod(i, direct.size()) : (picked + 1) % direct.size();
    }
}
