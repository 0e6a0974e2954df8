package org.pointsbank.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.reading.ReadingRoomWorld.end;
import static org.pointsbank.api.reading.ReadingRoomWorld.start;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.projection.ProjectionStatus;
import org.pointsbank.api.projection.Projections;
import org.pointsbank.api.reading.ReadingRoomWorld.Volunteer;
import org.pointsbank.projections.reading.ReadingSessionProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code reading_session} is a read model like the others: listed for rebuild with its dead-letter queue, and
 * rebuilt from the log identical.
 */
class ReadingSessionRebuildIT extends IntegrationTest {

    private static final String DUMP = "SELECT * FROM reading_session WHERE card_id = ANY (?) ORDER BY session_id";

    @Autowired
    private CheckInCodes codes;

    @Autowired
    private Projections projections;

    @Test
    void rebuildingTheReadingSessionsFromTheLogGivesTheSameRows() {
        clock.travelTo(today());
        ReadingRoomWorld world = new ReadingRoomWorld(admin, codes, port);
        String station = ledger.station();
        Volunteer ann = world.volunteerAt(station);
        Volunteer bob = world.volunteerAt(station);
        String credited = sessionId(start(ann, station, world.code(station)));
        String tooShort = sessionId(start(bob, station, world.code(station)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(end(bob, tooShort, world.code(station)).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(50));
        assertThat(end(ann, credited, world.code(station)).status()).isEqualTo(200);
        sessionId(start(bob, station, world.code(station)));
        Object[] cards = {new String[] {ann.cardId(), bob.cardId()}};
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(DUMP, cards))
                        .extracting(row -> row.get("status"))
                        .containsExactlyInAnyOrder("CREDITED", "TOO_SHORT", "OPEN"));
        List<Map<String, Object>> before = jdbc.queryForList(DUMP, cards);
        ProjectionStatus status = projections.status(ReadingSessionProjection.NAME);
        assertThat(status.rebuildable()).isTrue();
        assertThat(status.parked()).as("its dead-letter queue's count").isZero();

        projections.rebuild(ReadingSessionProjection.NAME);

        await().atMost(Duration.ofSeconds(30)).until(() -> !projections.isRebuilding(ReadingSessionProjection.NAME));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(DUMP, cards)).isEqualTo(before));
    }

    private static String sessionId(ApiResponse started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("sessionId").asText();
    }
}
