package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.category.ReportCategory;
import org.pointsbank.core.category.api.AddReportCategory;
import org.pointsbank.core.category.api.RetireReportCategory;
import org.pointsbank.core.gift.Gift;
import org.pointsbank.core.grid.GridCell;
import org.pointsbank.core.grid.api.AddGridCell;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.period.Period;
import org.pointsbank.core.redemption.Redemption;
import org.pointsbank.core.report.ProblemReport;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.ErasePhoto;
import org.pointsbank.core.report.api.LinkDuplicate;
import org.pointsbank.core.report.api.SubmitReport;
import org.pointsbank.core.station.Station;
import org.springframework.context.ApplicationContext;

/**
 * Every aggregate with a history, written with the serializer the service stores snapshots with and read back,
 * is the aggregate it was: nothing of its state is lost or changed on the way (a field Jackson cannot see would
 * come back empty), and the snapshot carries the aggregate's current revision, which Axon's revision filter
 * compares with {@code @Revision} when it loads one.
 */
class SnapshotRoundTripIT extends IntegrationTest {

    private StoredAggregates aggregates;
    private Serializer serializer;
    private CommandGateway gateway;

    @BeforeEach
    void storedAggregates(ApplicationContext context) {
        aggregates = new StoredAggregates(context);
        serializer = aggregates.snapshotSerializer();
        gateway = context.getBean(CommandGateway.class);
    }

    private <A> void assertRoundTrips(Class<A> type, String id, String revision, String... jsonFragments) {
        A aggregate = aggregates.loadFromStore(type, id);

        SerializedObject<String> snapshot = serializer.serialize(aggregate, String.class);
        A restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getName()).isEqualTo(type.getName());
        assertThat(snapshot.getType().getRevision()).isEqualTo(revision);
        assertThat(snapshot.getData()).contains(jsonFragments);
        assertThat(restored).isNotSameAs(aggregate).usingRecursiveComparison().isEqualTo(aggregate);
    }

    /** A card with credits, a reversal, a redemption handed over and one still holding points; its gift too. */
    @Test
    void aCardAndAGiftWithHoldsAndATallyRoundTrip() {
        String station = ledger.station();
        String card = ledger.card(station);
        String credit = ledger.credited(card, station, 600, today());
        assertThat(ledger.study(card, station, 60, today()).status()).isEqualTo(201);
        String wrong = ledger.credited(card, station, 60, today().minusDays(1));
        assertThat(ledger.reverse(card, wrong).status()).isEqualTo(201);
        String gift = ledger.gift(station, 10, 5, 3);
        String handedOver = ledger.redeemed(card, gift, 1);
        assertThat(ledger.finish(handedOver, "fulfilment").status()).isEqualTo(200);
        String open = ledger.redeemed(card, gift, 2);
        // the fulfilment reaches the card and the gift through the redemption process
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card)
                                .json()
                                .get("balance")
                                .asLong())
                        .isEqualTo(100 + 10 - 10));

        assertRoundTrips(
                RewardCard.class,
                card,
                "8",
                "\"" + credit + "\"",
                "\"" + handedOver + "\"",
                "\"" + open + "\"",
                "\"held\"");
        assertRoundTrips(Gift.class, gift, "4", "\"" + open + "\"", "\"tally\"", "\"" + card + "\"");
        assertRoundTrips(Redemption.class, open, "1", "\"RESERVED\"");
        assertRoundTrips(Redemption.class, handedOver, "1", "\"FULFILLED\"");
        assertRoundTrips(Station.class, station, "1", "\"" + station + "\"");
    }

    @Test
    void aClosedPeriodRoundTrips() {
        String period = "1991-05";
        assertThat(admin.post("/api/v1/periods/" + period + "/close", key(), "{\"topN\":3}")
                        .status())
                .isEqualTo(201);

        assertRoundTrips(Period.class, period, "1", "\"" + period + "\"", "\"closed\":true");
    }

    /** A grid cell, a retired category and an accepted report with photos (one erased) and a linked duplicate. */
    @Test
    void theAggregatesOfProblemReportsRoundTrip() {
        String cell = "cell-" + UUID.randomUUID();
        String category = "category-" + UUID.randomUUID();
        String report = "report-" + UUID.randomUUID();
        gateway.sendAndWait(new AddGridCell(cell, "Xihu", GridLevel.COUNTY, null, null, "yungu"));
        gateway.sendAndWait(new AddReportCategory(category, "Drain cover", 20, null));
        gateway.sendAndWait(new RetireReportCategory(category));
        gateway.sendAndWait(new SubmitReport(report, "card", category, cell, "yungu", "broken", null, null, "vol"));
        gateway.sendAndWait(new AcceptReport(report, 20, null, "staff-a"));
        gateway.sendAndWait(new AttachPhoto(report, "p-1", "ab".repeat(32), "image/png", 10, "vol"));
        gateway.sendAndWait(new AttachPhoto(report, "p-2", "cd".repeat(32), "image/jpeg", 10, "vol"));
        gateway.sendAndWait(new ErasePhoto(report, "p-1", null, "admin"));
        gateway.sendAndWait(new LinkDuplicate(report, "report-dup", "staff-a"));

        assertRoundTrips(GridCell.class, cell, "1", "\"COUNTY\"", "\"yungu\"");
        assertRoundTrips(ReportCategory.class, category, "1", "\"retired\":true", "\"points\":20");
        assertRoundTrips(
                ProblemReport.class, report, "1", "\"ACCEPTED\"", "\"p-1\":true", "\"p-2\":false", "\"report-dup\"");
    }
}
