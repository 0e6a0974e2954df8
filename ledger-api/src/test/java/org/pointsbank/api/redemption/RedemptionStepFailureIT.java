package org.pointsbank.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.AggregateCache;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.core.card.RewardCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fault drills for the redemption process, each injected by the schema owner for one card only. The fulfilment
 * is decided and answered; the card's step fails again and again and nothing is half done (the gift's step in
 * the same transaction is rolled back too). Once the fault is gone the step is retried from the stored token and
 * completes: the points leave the card exactly once and nothing stays held. Two places a step can fail:
 * <ul>
 * <li>when its events are stored (a trigger refuses the card's {@code GiftRedeemed}): the processor's
 *     transaction fails and is retried whatever the handler's error handling;</li>
 * <li>inside the handler, while the card is loaded (its events are hidden from the service by a row-level
 *     policy, and it is not in the aggregate cache): Axon's default for event handlers would log this and move
 *     on, leaving the points held for good; the process is configured to propagate it and retry.</li>
 * </ul>
 */
class RedemptionStepFailureIT extends IntegrationTest {

    @Autowired
    EmbeddedPostgresServer database;

    @Autowired
    AggregateCache aggregates;

    private JsonNode card(String cardId) {
        return admin.get("/api/v1/cards/" + cardId).json();
    }

    @Test
    void aStepWhoseEventsCannotBeStoredIsRetriedUntilItSucceeds() {
        drill((owner, card) -> {
            String drill = "drill_" + UUID.randomUUID().toString().replace("-", "");
            owner.execute("CREATE FUNCTION " + drill + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.aggregate_identifier = '" + card + "' AND NEW.payload_type LIKE '%.GiftRedeemed' THEN "
                    + "RAISE EXCEPTION 'fault drill: the card step of a redemption fails'; END IF; RETURN NEW; END $$");
            owner.execute("CREATE TRIGGER " + drill + " BEFORE INSERT ON domain_event_entry FOR EACH ROW "
                    + "EXECUTE FUNCTION " + drill + "()");
            return () -> {
                owner.execute("DROP TRIGGER IF EXISTS " + drill + " ON domain_event_entry");
                owner.execute("DROP FUNCTION IF EXISTS " + drill + "()");
            };
        });
    }

    @Test
    void aStepThatFailsInsideTheHandlerIsRetriedNotSkipped() {
        drill((owner, card) -> {
            String policy = "drill_" + UUID.randomUUID().toString().replace("-", "");
            owner.execute("CREATE POLICY " + policy + " ON domain_event_entry USING (aggregate_identifier <> '" + card
                    + "')");
            owner.execute("ALTER TABLE domain_event_entry ENABLE ROW LEVEL SECURITY");
            aggregates.of(RewardCard.class).remove(card);
            return () -> {
                owner.execute("ALTER TABLE domain_event_entry DISABLE ROW LEVEL SECURITY");
                owner.execute("DROP POLICY IF EXISTS " + policy + " ON domain_event_entry");
            };
        });
    }

    /** A fault that {@code inject} installs as the owner for one card, and answers how to remove. */
    private interface Fault {
        Runnable inject(JdbcTemplate owner, String card);
    }

    private void drill(Fault fault) {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 600, today()); // 100 points
        String gift = ledger.gift(station, 10, 5, null);
        String redemption = ledger.redeemed(card, gift, 1);
        await().until(() -> card(card).get("available").asLong() == 90);

        SingleConnectionDataSource connection = new SingleConnectionDataSource(
                database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword(), true);
        JdbcTemplate owner = new JdbcTemplate(connection);
        Runnable remove = () -> {};
        try {
            remove = fault.inject(owner, card);
            assertThat(ledger.finish(redemption, "fulfilment")
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("FULFILLED");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode view = card(card);
                assertThat(view.get("balance").asLong())
                        .as("the step has not happened")
                        .isEqualTo(100);
                assertThat(view.get("available").asLong())
                        .as("the points stay held meanwhile")
                        .isEqualTo(90);
            });
            assertThat(owner.queryForObject(
                            "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                    + "AND payload_type LIKE '%.GiftHandedOver'",
                            Long.class, gift))
                    .as("the gift's step shares the failed transaction")
                    .isZero();
        } finally {
            remove.run();
            connection.destroy();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode view = card(card);
            assertThat(view.get("balance").asLong()).isEqualTo(90);
            assertThat(view.get("available").asLong()).isEqualTo(90);
        });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "AND payload_type LIKE '%.GiftRedeemed'",
                        Long.class, card))
                .as("exactly once")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "AND payload_type LIKE '%.GiftHandedOver'",
                        Long.class, gift))
                .isEqualTo(1);
        await().untilAsserted(() -> assertThat(
                        admin.get("/api/v1/audit/reconciliation").json().get("differences"))
                .isEmpty());
    }
}
