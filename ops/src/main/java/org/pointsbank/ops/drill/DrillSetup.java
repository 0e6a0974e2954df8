package org.pointsbank.ops.drill;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.pointsbank.ops.OpsFailure;
import org.pointsbank.ops.ProgressPrinter;
import org.pointsbank.ops.bench.BenchHttp;
import org.pointsbank.ops.bench.DailyCaps;
import org.pointsbank.ops.bench.HttpAnswer;
import org.pointsbank.ops.bench.JsonText;
import org.pointsbank.ops.bench.Seeder;

/**
 * Makes the drill's own ledger on one instance, as an admin: a station {@code drill-<run>} (so a drill never reads
 * another run's cards), the cards issued there, a first credit of {@value DrillPlan#FIRST_CREDIT_MINUTES} minutes to
 * each (points for the redemptions to hold from the start), and a gift costing 1 point.
 */
final class DrillSetup {

    private DrillSetup() {}

    /** {@code givenRunId}: null for a random one. */
    static DrillLedger prepare(BenchHttp admin, DrillPlan plan, DailyCaps caps, String givenRunId, PrintWriter err)
            throws InterruptedException {
        String runId =
                givenRunId != null ? givenRunId : UUID.randomUUID().toString().substring(0, 8);
        String station = "drill-" + runId;
        Seeder seeder = new Seeder(admin, new ProgressPrinter(err, false, System::nanoTime), System::nanoTime);
        seeder.createStation(station, "Cluster drill " + runId);
        List<String> cards = new ArrayList<>();
        int firstPoints = 0;
        try {
            for (int i = 0; i < plan.cards(); i++) {
                String cardId = seeder.issueCard(station).cardId();
                cards.add(cardId);
                OptionalInt day = caps.reserveVolunteer(i, DrillPlan.FIRST_CREDIT_MINUTES);
                HttpAnswer first = admin.post(
                        "/api/v1/cards/" + cardId + "/volunteer-hours",
                        creditBody(
                                station,
                                "drill first credit",
                                DrillPlan.FIRST_CREDIT_MINUTES,
                                caps.date(day.orElseThrow())),
                        runId + "-first-" + i);
                firstPoints = expect(201, first, "the first credit to card " + cardId)
                        .json()
                        .path("points")
                        .asInt();
            }
            int stock = plan.redemptions() + 10;
            HttpAnswer gift = admin.post(
                    "/api/v1/stations/" + station + "/gifts",
                    "{\"name\":\"Drill gift\",\"pointsCost\":1,\"stock\":" + stock + "}",
                    runId + "-gift");
            String giftId = expect(201, gift, "adding the drill's gift")
                    .json()
                    .path("giftId")
                    .asText();
            return new DrillLedger(runId, station, List.copyOf(cards), firstPoints, giftId, stock);
        } catch (IOException e) {
            throw new OpsFailure(
                    "cluster drill: " + admin.base() + " unreachable while preparing: " + e.getMessage(), e);
        }
    }

    static String creditBody(String station, String activity, int minutes, LocalDate occurredOn) {
        return "{\"stationId\":" + JsonText.quote(station) + ",\"activity\":" + JsonText.quote(activity)
                + ",\"minutes\":" + minutes + ",\"occurredOn\":\"" + occurredOn + "\"}";
    }

    private static HttpAnswer expect(int status, HttpAnswer answer, String what) {
        if (answer.status() != status) {
            throw new OpsFailure(
                    "cluster drill: " + what + " was answered " + answer.errorKey() + ": " + answer.detail());
        }
        return answer;
    }
}
