package org.pointsbank.api.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One run of a nightly check, as stored in {@code check_run}.
 *
 * @param check      {@code chain} or {@code reconciliation}
 * @param startedAt  when it started
 * @param finishedAt when it ended
 * @param outcome    PASSED, FAILED or ERROR
 * @param checked    events (chain) or cards (reconciliation) checked; 0 after an error
 * @param found      mismatches (chain) or differences (reconciliation) found; 0 after an error
 * @param error      after an error, its kind and message; otherwise absent
 * @param instance   the instance that ran it (its node id, {@code cluster/NodeId}; {@code pid@host} in runs stored
 *                   before)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckRun(
        String check,
        Instant startedAt,
        Instant finishedAt,
        CheckOutcome outcome,
        long checked,
        long found,
        String error,
        String instance) {}
