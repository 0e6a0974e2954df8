package org.pointsbank.ops.drill;

import java.util.List;

/** One check of the drill: what it counts, how many it found, whether that passes, and the first few found. */
record Check(String name, long found, boolean ok, String detail) {

    /** A check that passes when it found none of {@code found}; the detail names the first three. */
    static Check none(String name, List<String> found) {
        String detail = found.isEmpty() ? "" : String.join("; ", found.subList(0, Math.min(3, found.size())));
        return new Check(name, found.size(), found.isEmpty(), detail);
    }
}
