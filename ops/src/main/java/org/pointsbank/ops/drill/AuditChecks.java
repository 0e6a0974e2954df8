package org.pointsbank.ops.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.pointsbank.ops.bench.BenchHttp;
import org.pointsbank.ops.bench.HttpAnswer;

/**
 * The service's own audits, after the read side agreed: reconciliation (every card's balance and held points from
 * the log against the card view) and the hash chain's verification. A 429 (another whole-log scan is running) is
 * asked again, a few times.
 */
final class AuditChecks {

    private AuditChecks() {}

    static List<Check> run(BenchHttp http) throws IOException, InterruptedException {
        JsonNode reconciliation = scan(http, "/api/v1/audit/reconciliation");
        JsonNode verification = scan(http, "/api/v1/audit/verification");
        int differences = reconciliation.path("differences").size();
        boolean reconciled = reconciliation.path("ok").asBoolean(false) && differences == 0;
        int mismatches = verification.path("mismatches").isArray()
                ? verification.path("mismatches").size()
                : verification.path("mismatches").asInt();
        return List.of(
                new Check(
                        "reconciliation differences",
                        differences,
                        reconciled,
                        reconciliation.path("cardsChecked").asLong() + " cards checked"
                                + (differences == 0
                                        ? ""
                                        : "; first "
                                                + reconciliation
                                                        .path("differences")
                                                        .get(0))),
                new Check(
                        "chain mismatches",
                        mismatches,
                        verification.path("ok").asBoolean(false),
                        verification.path("eventsChecked").asLong() + " events checked, head "
                                + verification.path("head").asText()));
    }

    private static JsonNode scan(BenchHttp http, String path) throws IOException, InterruptedException {
        HttpAnswer answer = http.get(path);
        for (int attempt = 1; answer.status() == 429 && attempt < 30; attempt++) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            answer = http.get(path);
        }
        return CardState.ok(answer).json();
    }
}
