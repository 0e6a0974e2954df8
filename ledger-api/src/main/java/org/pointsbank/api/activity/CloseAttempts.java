package org.pointsbank.api.activity;

import java.util.function.Function;
import java.util.function.Supplier;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.springframework.http.ResponseEntity;

/**
 * The close's command under its key, and which {@code ActivityClosed} this request may carry out. The key's runner
 * may run the command more than once (a lost write race is run again, idempotency/ConflictRetries): only the
 * attempt that committed counts, so each attempt starts from nothing decided, and a replay (another request or
 * instance committed the same key first; the attempt run here was rolled back) carries nothing out: the committed
 * close is that request's, and the close process finishes whatever it leaves.
 */
final class CloseAttempts {

    /** What the key's runner answered, whether it was a replay, and the close to carry out here (or null). */
    record Outcome(ResponseEntity<String> recorded, boolean replayed, ActivityClosed toCarryOut) {}

    private CloseAttempts() {}

    static Outcome run(
            Function<Supplier<LedgerResponse>, ResponseEntity<String>> underKey,
            Supplier<ActivityClosed> send,
            Function<ActivityClosed, LedgerResponse> answer) {
        ActivityClosed[] decided = new ActivityClosed[1];
        ResponseEntity<String> recorded = underKey.apply(() -> {
            decided[0] = null; // an earlier attempt was rolled back: what it decided never happened
            ActivityClosed closed = send.get();
            decided[0] = closed;
            return answer.apply(closed);
        });
        boolean replayed = recorded.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER);
        return new Outcome(recorded, replayed, replayed ? null : decided[0]);
    }
}
