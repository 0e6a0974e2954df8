package org.pointsbank.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent {@value #KEPT} ids, oldest first: adding one more evicts the oldest. Kept inside aggregates (and
 * their snapshots) to tell a repeated step for a recently ended hold from one for a hold never made, without the
 * list growing for ever with every redemption a popular gift or a busy card ever had. An id evicted long ago is no
 * longer recognised: a step for it is reported as never held, which changes nothing (there is no hold to end) and
 * is logged and counted where it is handled. In JSON an array, as the unbounded set it replaces was, so snapshots
 * written before read as before.
 */
public final class RecentIds {

    /** How many ended ids are remembered. */
    public static final int KEPT = 1_000;

    public static final RecentIds NONE = new RecentIds(List.of());

    private final List<String> ids;

    private RecentIds(List<String> ids) {
        this.ids = ids;
    }

    /** From a snapshot's array (any order an older snapshot had; the last {@value #KEPT} are kept). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecentIds of(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return NONE;
        }
        List<String> distinct = new ArrayList<>(ids.stream().distinct().toList());
        return new RecentIds(List.copyOf(distinct.subList(Math.max(0, distinct.size() - KEPT), distinct.size())));
    }

    /** These ids and {@code id} as the most recent, the oldest evicted beyond {@value #KEPT}. */
    public RecentIds plus(String id) {
        List<String> more = new ArrayList<>(ids.size() + 1);
        for (String kept : ids) {
            if (!kept.equals(id)) {
                more.add(kept);
            }
        }
        more.add(id);
        int from = Math.max(0, more.size() - KEPT);
        return new RecentIds(List.copyOf(more.subList(from, more.size())));
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Oldest first, as written to a snapshot. */
    @JsonValue
    public List<String> ids() {
        return ids;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecentIds that && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }

    @Override
    public String toString() {
        return "RecentIds" + ids;
    }
}
