package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.card.RewardCard;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A snapshot written before the state's shape changed is ignored, not mis-read: the service on an old data
 * directory replays the aggregate from its events instead. Revision 2 of a card kept its held points as a map
 * and a counter ({@code reservations}, {@code reserved}); revision 3 keeps them as one value ({@code held}). The
 * storage mapper ignores unknown properties (old events stay readable), so a revision-2 snapshot read as the
 * current class would silently forget every hold. Axon's revision filter (from {@code @Revision}) skips it.
 */
class SnapshotRevisionIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    org.axonframework.config.Configuration axon;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    AggregateCache cache;

    private StoredAggregates aggregates;
    private String station;
    private String card;

    @BeforeEach
    void storedAggregates() {
        aggregates = new StoredAggregates(axon, storage, cache);
    }

    @AfterEach
    void forgetTheFakeSnapshots() {
        if (card != null) {
            jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", card);
            aggregates.evict(RewardCard.class, card);
        }
    }

    /** A card with 100 points, 80 of them held for an open redemption. */
    private void cardHoldingEightyOfAHundredPoints() {
        station = ledger.station();
        card = ledger.card(station);
        ledger.credited(card, station, 600, today());
        ledger.redeemed(card, ledger.gift(station, 80, 5, null), 1);
    }

    /** The card's state as revision 2 wrote it: the holds as a map and a counter, and the card's station. */
    private byte[] revisionTwoSnapshotOf(String cardId, String stationId) throws Exception {
        RewardCard current = aggregates.loadFromStore(RewardCard.class, cardId);
        ObjectNode state = (ObjectNode) JSON.readTree(
                aggregates.snapshotSerializer().serialize(current, String.class).getData());
        JsonNode holds = state.remove("held").get("byRedemption");
        long reserved = 0;
        for (JsonNode hold : holds) {
            reserved += hold.get("points").asLong();
        }
        state.put("stationId", stationId);
        state.set("reservations", holds);
        state.put("reserved", reserved);
        return JSON.writeValueAsBytes(state);
    }

    private void storeSnapshot(String cardId, byte[] payload, String revision) {
        long lastSequence = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                cardId);
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", cardId);
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " VALUES (?, ?, 'RewardCard', ?, ?, ?, ?, ?, ?)",
                cardId, lastSequence, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8), payload,
                revision, RewardCard.class.getName(), Instant.now().toString());
        aggregates.evict(RewardCard.class, cardId);
    }

    private long heldPoints(RewardCard loaded) throws Exception {
        JsonNode state = JSON.readTree(aggregates.snapshotSerializer().serialize(loaded, String.class).getData());
        long held = 0;
        for (JsonNode hold : state.path("held").path("byRedemption")) {
            held += hold.get("points").asLong();
        }
        return held;
    }

    @Test
    void aSnapshotOfAnOlderRevisionIsIgnoredAndTheCardReplayedFromItsEvents() throws Exception {
        cardHoldingEightyOfAHundredPoints();
        storeSnapshot(card, revisionTwoSnapshotOf(card, station), "2");

        ApiResponse second = ledger.redeem(card, ledger.gift(station, 80, 5, null), 1);

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(second.json().get("detail").asText()).contains("has 20 points available");
        assertThat(heldPoints(aggregates.loadFromStore(RewardCard.class, card))).isEqualTo(80);
    }

    /** The control: the same snapshot under the current revision is read, and forgets the hold. */
    @Test
    void aSnapshotOfTheCurrentRevisionIsReadAsItIs() throws Exception {
        cardHoldingEightyOfAHundredPoints();
        storeSnapshot(card, revisionTwoSnapshotOf(card, station), "3");

        assertThat(heldPoints(aggregates.loadFromStore(RewardCard.class, card))).isZero();
    }
}
