package org.pointsbank.projections.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;

/**
 * One card's event stream as its aggregate records it: sequence numbers from 0, each credit's balance after
 * it, reversals negative. Tests say only the points, minutes and days that matter.
 */
public final class CardEvents {

    public static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    public static final String POLICY = "v1";

    private final String cardId;
    private final String stationId;
    private long sequence = -1;
    private long balance;
    private Instant recordedAt = NOW;

    private CardEvents(String cardId, String stationId) {
        this.cardId = cardId;
        this.stationId = stationId;
    }

    public static CardEvents card(String cardId, String stationId) {
        return new CardEvents(cardId, stationId);
    }

    public String id() {
        return cardId;
    }

    /** Later events are recorded at {@code at}. */
    public CardEvents recordedAt(Instant at) {
        this.recordedAt = at;
        return this;
    }

    public DomainEventMessage<CardIssued> issued() {
        return next(new CardIssued(cardId, stationId, recordedAt));
    }

    public DomainEventMessage<VolunteerHoursCredited> volunteered(
            String entryId, int minutes, long points, LocalDate on) {
        return volunteeredAt(stationId, entryId, minutes, points, on);
    }

    public DomainEventMessage<VolunteerHoursCredited> volunteeredAt(
            String station, String entryId, int minutes, long points, LocalDate on) {
        balance += points;
        return next(new VolunteerHoursCredited(
                cardId, entryId, station, "cleaning the park", minutes, on, points, balance, POLICY, recordedAt));
    }

    public DomainEventMessage<VolunteerHoursCredited> volunteeredDoing(
            String activity, String entryId, int minutes, long points, LocalDate on) {
        balance += points;
        return next(new VolunteerHoursCredited(
                cardId, entryId, stationId, activity, minutes, on, points, balance, POLICY, recordedAt));
    }

    public DomainEventMessage<StudySessionCredited> studied(String entryId, int minutes, long points, LocalDate on) {
        balance += points;
        return next(new StudySessionCredited(
                cardId, entryId, stationId, "algebra", minutes, on, points, balance, POLICY, recordedAt));
    }

    public DomainEventMessage<CommendationBonusCredited> commended(
            String entryId, String period, int rank, long points) {
        balance += points;
        return next(new CommendationBonusCredited(
                cardId,
                entryId,
                stationId,
                period,
                rank,
                LocalDate.ofInstant(recordedAt, java.time.ZoneOffset.UTC),
                points,
                balance,
                POLICY,
                recordedAt));
    }

    /** The reward of a verified report, under the entry id derived from it, earned at {@code station}. */
    public DomainEventMessage<ProblemReportCredited> rewarded(
            String station, String reportId, String entryId, long points, LocalDate on) {
        balance += points;
        return next(
                new ProblemReportCredited(
                        cardId, entryId, station, reportId, "drain", on, points, balance, POLICY, recordedAt),
                Map.of("actor", "verifier"));
    }

    /** Reverses an entry of {@code type} that granted {@code minutes} and {@code points}: both taken back. */
    public DomainEventMessage<EntryReversed> reversed(
            String entryId, String reversedEntryId, EntryType type, int minutes, long points, LocalDate on) {
        balance -= points;
        return next(new EntryReversed(
                cardId,
                entryId,
                reversedEntryId,
                type,
                stationId,
                on,
                -minutes,
                -points,
                balance,
                "entered twice",
                POLICY,
                recordedAt));
    }

    public DomainEventMessage<PointsReserved> reserved(String redemptionId, long points) {
        return next(new PointsReserved(
                cardId, redemptionId, "gift-1", "Notebook", stationId, 1, points, balance - points, recordedAt));
    }

    public DomainEventMessage<PointsReleased> released(String redemptionId, long points) {
        return next(new PointsReleased(cardId, redemptionId, stationId, points, balance, "cancelled", recordedAt));
    }

    /** The held points spent: the event carries them negative, as the card records it. */
    public DomainEventMessage<GiftRedeemed> redeemed(String redemptionId, long points, LocalDate on) {
        balance -= points;
        return next(new GiftRedeemed(
                cardId,
                redemptionId,
                redemptionId,
                "gift-1",
                "Notebook",
                stationId,
                1,
                -points,
                balance,
                on,
                recordedAt));
    }

    public DomainEventMessage<CardClosed> closed() {
        return next(new CardClosed(cardId, "moved away", recordedAt));
    }

    /** Any payload as this card's next event, with {@code metaData}. */
    public <T> DomainEventMessage<T> next(T payload, Map<String, ?> metaData) {
        sequence++;
        return new GenericDomainEventMessage<>("RewardCard", cardId, sequence, payload, metaData);
    }

    private <T> DomainEventMessage<T> next(T payload) {
        return next(payload, Map.of());
    }
}
