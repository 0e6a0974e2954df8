package org.pointsbank.api.audit;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.pointsbank.api.ApiClient;

/** The hash chain is extended behind the log: a test that reads the chain itself first waits for it to catch up. */
public final class ChainCaughtUp {

    private ChainCaughtUp() {}

    /** The verification once no sealed event is left unchained. */
    public static JsonNode verification(ApiClient admin) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> admin.get("/api/v1/audit/verification").json(),
                        v -> v.path("chainLag").asLong(-1) == 0);
    }
}
