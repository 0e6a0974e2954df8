package org.pointsbank.api.check;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The last run and the last passing run of each check, read from {@code check_run} at most once every {@link
 * #FRESH_MILLIS} (one scrape reads every gauge: two indexed queries, not eight). When the database cannot be read,
 * the last figures read stay: the runs they describe happened, whatever the database does now.
 */
@Component
class LatestChecks {

    static final long FRESH_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(LatestChecks.class);

    /** One check's last run and last passing run; either may be null. */
    record Latest(CheckRun lastRun, CheckRun lastPassed) {}

    private record Snapshot(long readAtNanos, Map<String, CheckRun> runs, Map<String, CheckRun> passed) {}

    private final CheckRuns runs;
    private volatile Snapshot snapshot;

    LatestChecks(CheckRuns runs) {
        this.runs = runs;
    }

    Latest of(CheckName check) {
        Snapshot current = current();
        return new Latest(current.runs().get(check.tag()), current.passed().get(check.tag()));
    }

    private synchronized Snapshot current() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - known.readAtNanos() < FRESH_MILLIS * 1_000_000) {
            return known;
        }
        try {
            snapshot = new Snapshot(now, byCheck(runs.latest()), byCheck(runs.latestPassed()));
        } catch (DataAccessException e) {
            LOG.debug("could not read the nightly checks' last runs; keeping the last figures read", e);
            // not again before FRESH_MILLIS: a scrape during an outage waits for one failed query, not eight
            snapshot = known == null
                    ? new Snapshot(now, Map.of(), Map.of())
                    : new Snapshot(now, known.runs(), known.passed());
        }
        return snapshot;
    }

    private static Map<String, CheckRun> byCheck(List<CheckRun> list) {
        return list.stream().collect(Collectors.toMap(CheckRun::check, Function.identity()));
    }
}
