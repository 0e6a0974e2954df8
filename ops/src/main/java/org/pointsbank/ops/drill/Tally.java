package org.pointsbank.ops.drill;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the drill's requests were answered, counted under the load tool's error key ({@code 201}, {@code 409
 * CONCURRENT_MODIFICATION}, {@code transport} for no answer), and how many logical requests needed more than one
 * attempt. Thread-safe.
 */
final class Tally {

    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder resent = new LongAdder();

    void answered(String key) {
        answers.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** One logical request done, after {@code attempts} attempts. */
    void request(int attempts) {
        requests.increment();
        if (attempts > 1) {
            retried.increment();
        }
    }

    /** A request sent again with its key to another instance, as by a client whose first answer was lost. */
    void resent() {
        resent.increment();
    }

    long requests() {
        return requests.sum();
    }

    long retried() {
        return retried.sum();
    }

    long resends() {
        return resent.sum();
    }

    /** Answers by key, sorted. */
    Map<String, Long> answers() {
        Map<String, Long> sorted = new TreeMap<>();
        answers.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    long answers(String key) {
        LongAdder count = answers.get(key);
        return count == null ? 0 : count.sum();
    }
}
