package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.projection.Projections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** What an auditor relies on: the trail, the chain, reconciliation, a log nobody can rewrite. */
class AuditIT extends IntegrationTest {

    @Autowired
    private Projections projections;

    @Test
    void theTrailShowsEveryEventWithWhoWhenWhereAndItsHash() {
        String station = ledger.station();
        String card = ledger.card(station);
        ApiResponse credit = admin.send(
                "POST",
                "/api/v1/cards/" + card + "/volunteer-hours",
                org.pointsbank.api.LedgerFixture.volunteerBody(station, 60, today()),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        "audit-key-" + card,
                        "X-Correlation-Id",
                        "audit-corr-" + card.substring(0, 8)));
        String entry = credit.json().get("entryId").asText();

        // the chain link follows the event behind the log
        JsonNode line = await().atMost(Duration.ofSeconds(10))
                .until(() -> findInTrail(entry), n -> n != null && n.hasNonNull("hash"));

        assertThat(line.get("type").asText()).isEqualTo("VolunteerHoursCredited");
        assertThat(line.get("cardId").asText()).isEqualTo(card);
        assertThat(line.get("stationId").asText()).isEqualTo(station);
        assertThat(line.get("actor").asText()).isEqualTo("admin");
        assertThat(line.get("idempotencyKey").asText()).isEqualTo("audit-key-" + card);
        assertThat(line.get("correlationId").asText()).isEqualTo("audit-corr-" + card.substring(0, 8));
        assertThat(line.get("points").asLong()).isEqualTo(10);
        assertThat(line.get("policyVersion").asText()).isEqualTo("v1");
        assertThat(line.get("hash").asText()).hasSize(64);
        long position = line.get("position").asLong();

        ApiResponse csv = admin.get("/api/v1/audit/events?after=" + (position - 1), "text/csv");
        assertThat(csv.body().lines().findFirst()).hasValue(AuditCsv.HEADER);
        assertThat(csv.body()).contains(position + "," + line.get("eventId").asText() + ",VolunteerHoursCredited,");
    }

    @Test
    void anUntouchedLogVerifiesAndReconciles() {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.reverse(card, ledger.credited(card, station, 90, today()));

        JsonNode verification = admin.get("/api/v1/audit/verification").json();
        assertThat(verification.get("ok").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("eventsChecked").asLong()).isPositive();
        assertThat(verification.get("head").asText()).hasSize(64);
        awaitReconciled();
    }

    @Test
    void theServicesOwnDatabaseRoleCannotChangeOrDeleteRecordedEvents() {
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = payload WHERE global_index = 1"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE global_index = 1"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("UPDATE event_hash_chain SET link = link"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE domain_event_entry"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void aRebuildWhileCreditsKeepFlowingEndsWithZeroDifferences() throws Exception {
        String station = ledger.station();
        List<String> cards = List.of(ledger.card(station), ledger.card(station), ledger.card(station));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> credits = writer.submit(() -> {
            int n = 0;
            for (int round = 0; round < 20; round++) {
                for (String card : cards) {
                    assertThat(ledger.volunteer(card, station, 12, today()).status())
                            .isEqualTo(201);
                    n++;
                }
            }
            return n;
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> credits.isDone()
                        || jdbc.queryForObject(
                                        "SELECT count(*) FROM statement_entry WHERE station_id = ?",
                                        Integer.class,
                                        station)
                                > 5);

        projections.rebuild("card_balance");

        assertThat(credits.get()).isEqualTo(60);
        writer.shutdown();
        await().atMost(Duration.ofSeconds(60)).until(() -> !projections.isRebuilding("card_balance"));
        for (String card : cards) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card)
                                    .json()
                                    .get("balance")
                                    .asLong())
                            .isEqualTo(40));
        }
        awaitReconciled();
        JsonNode status = admin.get("/api/v1/admin/projections/card_balance").json();
        assertThat(status.get("status").asText()).isEqualTo("LIVE");
        assertThat(status.get("eventsPerSecond").asDouble()).isPositive();
    }

    private void awaitReconciled() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode reconciliation = admin.get("/api/v1/audit/reconciliation").json();
            assertThat(reconciliation.get("differences"))
                    .as(reconciliation.toString())
                    .isEmpty();
            assertThat(reconciliation.get("ok").asBoolean()).isTrue();
            assertThat(reconciliation.get("cardsChecked").asLong()).isPositive();
        });
    }

    private JsonNode findInTrail(String entryId) {
        long after = 0;
        while (true) {
            JsonNode page =
                    admin.get("/api/v1/audit/events?limit=1000&after=" + after).json();
            for (JsonNode event : page.get("events")) {
                if (entryId.equals(event.path("entryId").asText())) {
                    return event;
                }
            }
            if (page.get("nextAfter").isNull()) {
                return null;
            }
            after = page.get("nextAfter").asLong();
        }
    }
}
