package org.pointsbank.api.activity;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The activities whose close a request on this node is carrying out right now. The close process waits for them
 * rather than crediting the same cards at the same time (it would take the activity and the cards in another
 * order, and Axon's lock would call that a deadlock); it then finishes whatever the request left.
 */
@Component
class ClosingHere {

    private final Set<String> activities = ConcurrentHashMap.newKeySet();

    void begin(String activityId) {
        activities.add(activityId);
    }

    void end(String activityId) {
        activities.remove(activityId);
    }

    /** Waits while a request of this node closes the activity, at most {@code limit}. */
    void awaitNone(String activityId, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (activities.contains(activityId) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
