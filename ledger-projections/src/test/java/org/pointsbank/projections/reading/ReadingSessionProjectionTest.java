package org.pointsbank.projections.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.ReadingSessionStatus;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code reading_session}: a card's sessions from their start to their end, however the batches fall. */
class ReadingSessionProjectionTest extends ProjectionTest {

    static final Instant NINE = Instant.parse("2026-03-15T01:00:00Z");
    static final Instant TEN = Instant.parse("2026-03-15T02:00:00Z");
    static final Instant ELEVEN = Instant.parse("2026-03-15T03:00:00Z");

    private ReadingSessionProjection projection;
    private ReadingSessionRepository sessions;
    private final CardEvents ann = card("card-ann", "station-a");

    @BeforeEach
    void projection() {
        projection = new ReadingSessionProjection(jdbc, writes, longStatements);
        sessions = new ReadingSessionRepository(jdbc);
    }

    static ReadingSessionStarted started(String sessionId, String station, Instant at) {
        return new ReadingSessionStarted("card-ann", sessionId, station, at);
    }

    static ReadingSessionEnded credited(String sessionId, Instant from, Instant to, int minutes, long points) {
        return new ReadingSessionEnded(
                "card-ann",
                sessionId,
                "station-a",
                from,
                to,
                minutes,
                ReadingSessionStatus.CREDITED,
                "entry-" + sessionId,
                points,
                null);
    }

    private DomainEventMessage<?> next(Object payload) {
        return ann.next(payload, Map.of());
    }

    @Test
    void aSessionIsOpenFromItsStartAndCarriesItsCreditOnceEnded() {
        inOneBatch(projection, next(started("s1", "station-a", NINE)));

        assertThat(sessions.find("s1"))
                .hasValue(
                        new ReadingSession("s1", "card-ann", "station-a", "OPEN", NINE, null, null, null, null, null));

        inOneBatch(projection, next(credited("s1", NINE, TEN, 60, 10)));

        assertThat(sessions.find("s1"))
                .hasValue(new ReadingSession(
                        "s1", "card-ann", "station-a", "CREDITED", NINE, TEN, 60, 10L, "entry-s1", null));
    }

    @Test
    void listsACardsSessionsNewestFirstWithTheirRefusals() {
        inOneBatch(
                projection,
                next(started("s1", "station-a", NINE)),
                next(new ReadingSessionEnded(
                        "card-ann",
                        "s1",
                        "station-a",
                        NINE,
                        TEN,
                        60,
                        ReadingSessionStatus.REFUSED,
                        null,
                        null,
                        "DAILY_LIMIT_EXCEEDED")),
                next(started("s2", "station-b", ELEVEN)));

        assertThat(sessions.ofCard("card-ann", 10))
                .extracting(
                        ReadingSession::sessionId,
                        ReadingSession::stationId,
                        ReadingSession::status,
                        ReadingSession::refusal)
                .containsExactly(
                        tuple("s2", "station-b", "OPEN", null),
                        tuple("s1", "station-a", "REFUSED", "DAILY_LIMIT_EXCEEDED"));
        assertThat(sessions.ofCard("card-ann", 1)).hasSize(1);
        assertThat(sessions.ofCard("card-bob", 10)).isEmpty();
    }

    /** The batch's statements run grouped: its ends (upserts) are written before its starts (inserts). */
    @Test
    void anEndInTheSameBatchAsItsStartIsNotLostToTheStatementOrder() {
        inOneBatch(projection, next(started("s0", "station-a", NINE.minusSeconds(7200))));
        inOneBatch(
                projection,
                next(credited("s0", NINE.minusSeconds(7200), NINE.minusSeconds(3600), 60, 10)),
                next(started("s1", "station-a", NINE)),
                next(credited("s1", NINE, TEN, 60, 10)));

        assertThat(sessions.ofCard("card-ann", 10))
                .extracting(ReadingSession::sessionId, ReadingSession::status, ReadingSession::endedAt)
                .containsExactly(tuple("s1", "CREDITED", TEN), tuple("s0", "CREDITED", NINE.minusSeconds(3600)));
    }

    @Test
    void eventsHandledAgainLeaveTheSameRows() {
        List<DomainEventMessage<?>> history =
                List.of(next(started("s1", "station-a", NINE)), next(credited("s1", NINE, TEN, 60, 10)));
        inOneBatch(projection, history);
        List<Map<String, Object>> once = jdbc.queryForList("SELECT * FROM reading_session");

        inOneBatch(projection, history);
        inOneBatch(projection, history.get(0));

        assertThat(jdbc.queryForList("SELECT * FROM reading_session")).isEqualTo(once);
    }

    /** A rebuild (reset, then the whole log in one batch) gives the rows the live batches gave. */
    @Test
    void resettingAndReplayingTheLogGivesTheRowsTheLiveBatchesGave() {
        List<DomainEventMessage<?>> history = List.of(
                next(started("s1", "station-a", NINE)),
                next(credited("s1", NINE, TEN, 60, 10)),
                next(started("s2", "station-b", TEN)),
                next(new ReadingSessionEnded(
                        "card-ann",
                        "s2",
                        "station-b",
                        TEN,
                        ELEVEN,
                        60,
                        ReadingSessionStatus.TOO_SHORT,
                        null,
                        null,
                        null)),
                next(started("s3", "station-a", ELEVEN)));
        history.forEach(e -> inOneBatch(projection, e));
        List<Map<String, Object>> live = jdbc.queryForList("SELECT * FROM reading_session ORDER BY session_id");

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
        assertThat(jdbc.queryForList("SELECT * FROM reading_session")).isEmpty();
        inOneBatch(projection, history);

        assertThat(jdbc.queryForList("SELECT * FROM reading_session ORDER BY session_id"))
                .hasSize(3)
                .isEqualTo(live);
        assertThat(parking.parked()).isEmpty();
    }
}
