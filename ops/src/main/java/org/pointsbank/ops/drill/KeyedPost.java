package org.pointsbank.ops.drill;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.pointsbank.ops.bench.HttpAnswer;

/**
 * Sends a POST with its Idempotency-Key as a careful client does: an answer that says "send it again" (no answer
 * at all, a 5xx, 429, 409 {@code CONCURRENT_MODIFICATION} or {@code IDEMPOTENCY_KEY_IN_FLIGHT}) is retried with the
 * same key, at most {@value #MAX_ATTEMPTS} attempts, each retry on the other instance (or through the balancer
 * again). Every answer is counted in the {@link Tally}, and the logical request once with its number of attempts.
 */
final class KeyedPost {

    static final int MAX_ATTEMPTS = 6;
    private static final Set<String> SEND_AGAIN =
            Set.of("409 CONCURRENT_MODIFICATION", "409 IDEMPOTENCY_KEY_IN_FLIGHT");

    private final Targets targets;
    private final Tally tally;

    KeyedPost(Targets targets, Tally tally) {
        this.targets = targets;
        this.tally = tally;
    }

    Tally tally() {
        return tally;
    }

    /** The last answer; {@code null} when no attempt was answered. {@code picked}: from {@link Targets#pick}. */
    HttpAnswer send(int picked, long i, String path, String body, String key) throws InterruptedException {
        HttpAnswer answer = null;
        int at = picked;
        int attempts = 0;
        while (attempts < MAX_ATTEMPTS) {
            attempts++;
            answer = once(at, path, body, key);
            if (answer != null && !sendAgain(answer)) {
                break;
            }
            if (attempts < MAX_ATTEMPTS) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20L * attempts));
                at = at < 0 ? at : targets.other(at, i);
            }
        }
        tally.request(attempts);
        return answer;
    }

    /** One attempt at the instance {@code at} (or the balancer, -1), counted; {@code null} when not answered. */
    HttpAnswer once(int at, String path, String body, String key) throws InterruptedException {
        try {
            HttpAnswer answer = targets.at(at).post(path, body, key);
            tally.answered(answer.errorKey());
            return answer;
        } catch (IOException e) {
            tally.answered("no answer");
            return null;
        }
    }

    static boolean sendAgain(HttpAnswer answer) {
        return answer.status() >= 500 || answer.status() == 429 || SEND_AGAIN.contains(answer.errorKey());
    }
}
