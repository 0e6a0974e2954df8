package org.pointsbank.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * How many events the service's log holds, as it tells: the highest {@code head} of
 * {@code GET /api/v1/admin/projections} (the log's last position; positions start at 1 and the writes of a
 * {@code bench seed-log} leave no gaps that matter at this scale). -1 when the list is refused or tells no head.
 */
final class LogEvents {

    private final BenchHttp http;

    LogEvents(BenchHttp http) {
        this.http = http;
    }

    long count() throws IOException, InterruptedException {
        HttpAnswer answer = http.get("/api/v1/admin/projections");
        if (answer.status() != 200) {
            return -1;
        }
        long head = -1;
        for (JsonNode projection : answer.json()) {
            JsonNode value = projection.path("head");
            if (value.isNumber()) {
                head = Math.max(head, value.asLong());
            }
        }
        return head;
    }
}
