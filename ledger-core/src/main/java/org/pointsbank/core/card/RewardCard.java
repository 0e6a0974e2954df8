package org.pointsbank.core.card;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CloseCard;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.CreditCommendationBonus;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.DescribeServiceRecord;
import org.pointsbank.core.card.api.EndReadingSession;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.MonthsSettled;
import org.pointsbank.core.card.api.PointsReleased;
import org.pointsbank.core.card.api.PointsReserved;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.ReadingSessionStatus;
import org.pointsbank.core.card.api.RedeemReservedPoints;
import org.pointsbank.core.card.api.ReleaseReservedPoints;
import org.pointsbank.core.card.api.ReservePoints;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.card.api.ServiceRecord;
import org.pointsbank.core.card.api.StartReadingSession;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.CreditTerms;
import org.pointsbank.core.policy.PointsPolicy;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.HoldEnding;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.shared.MemoryFootprint;
import org.pointsbank.core.shared.RuleViolation;

/**
 * A volunteer's reward card: the consistency boundary for its points. Command handlers check
 * the rules and then apply an event; event-sourcing handlers only change state. The state is
 * visible to Jackson so snapshots round-trip ({@link Revision} names the snapshot shape).
 * Points held for open redemptions stay in {@code balance} but are not available: nothing may spend
 * or reverse them away. Revision 3: the holds became one {@link HeldPoints} value and the card's station,
 * which no rule read, went; older snapshots are ignored (Axon's revision filter) and the card is replayed.
 * Revision 4: the card's open reading session ({@link OpenReadingSession}). Revision 5: the entries and their
 * daily tallies became one {@link CardEntries} value, and a day's tally counts rewarded problem reports too.
 * Revision 6: each {@link RecordedEntry} keeps its {@code activityId}, for the record of service of a certificate.
 * Revision 7: the held points remember the redemptions whose hold ended ({@link HeldPoints#ended()}).
 * Revision 8: the entries of settled months ({@link MonthsSettled}) are kept as ids and service figures
 * ({@link SettledEntries}), so a long-lived card's state grows with its open months, not with its whole history.
 */
@Revision("8")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class RewardCard implements MemoryFootprint {

    /** What a card holds besides its entries and holds: its fields, the aggregate's wrapper, the cache's entry. */
    static final long BASE_BYTES = 1_024;

    /** The topic of a reading session's study credit on the statement. */
    static final String READING_ROOM_TOPIC = "reading room";

    @AggregateIdentifier
    private String cardId;

    private CardStatus status;
    private long balance;
    private CardEntries entries = new CardEntries();
    private HeldPoints held = HeldPoints.NONE;
    private OpenReadingSession readingSession;

    /**
     * The business day this instance last asked the gate which of its older months are closed: once a day is
     * enough, and only changes when a {@link MonthsSettled} is written, never what any rule answers.
     */
    @JsonIgnore
    private transient LocalDate settlementAskedOn;

    protected RewardCard() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    @CommandHandler
    public RewardCard(IssueCard command, LedgerCalendar calendar) {
        apply(new CardIssued(command.cardId(), command.stationId(), calendar.now()));
    }

    @CommandHandler
    public EntryRecorded handle(
            CreditVolunteerHours command, LedgerCalendar calendar, PointsPolicy policy, PeriodGate periods) {
        int points = checkCredit(
                command.entryId(),
                EntryType.VOLUNTEER_HOURS,
                command.minutes(),
                command.occurredOn(),
                calendar,
                policy,
                periods);
        settleClosedMonths(calendar, periods);
        Instant now = calendar.now();
        apply(new VolunteerHoursCredited(
                cardId,
                command.entryId(),
                command.stationId(),
                command.activity(),
                command.minutes(),
                command.occurredOn(),
                points,
                balance + points,
                policy.version(),
                now,
                command.activityId()));
        return recorded(command.entryId(), now, null);
    }

    @CommandHandler
    public EntryRecorded handle(
            CreditStudySession command, LedgerCalendar calendar, PointsPolicy policy, PeriodGate periods) {
        int points = checkCredit(
                command.entryId(),
                EntryType.STUDY_SESSION,
                command.minutes(),
                command.occurredOn(),
                calendar,
                policy,
                periods);
        settleClosedMonths(calendar, periods);
        Instant now = calendar.now();
        apply(new StudySessionCredited(
                cardId,
                command.entryId(),
                command.stationId(),
                command.topic(),
                command.minutes(),
                command.occurredOn(),
                points,
                balance + points,
                policy.version(),
                now,
                command.activityId()));
        return recorded(command.entryId(), now, null);
    }

    /** Bonus points of a commendation: dated today, on a card that may be closed since (it was earned). */
    @CommandHandler
    public EntryRecorded handle(CreditCommendationBonus command, LedgerCalendar calendar, PointsPolicy policy) {
        if (command.points() < 1 || command.points() > policy.maxCommendationBonus()) {
            throw new BonusOutOfRange(command.points(), policy.maxCommendationBonus());
        }
        entries.requireUnused(command.entryId());
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        apply(new CommendationBonusCredited(
                cardId,
                command.entryId(),
                command.stationId(),
                command.period(),
                command.rank(),
                today,
                command.points(),
                balance + command.points(),
                policy.version(),
                now));
        return recorded(command.entryId(), now, null);
    }

    /** The points of a verified problem report; at most the policy's number of rewarded reports a day. */
    @CommandHandler
    public EntryRecorded handle(
            CreditProblemReport command, LedgerCalendar calendar, PointsPolicy policy, PeriodGate periods) {
        if (command.points() < 1 || command.points() > ReportPointsOutOfRange.MAX) {
            throw new ReportPointsOutOfRange(command.points());
        }
        requireActive();
        entries.requireUnused(command.entryId());
        periods.requireOpen(command.occurredOn());
        entries.requireReportRewardable(command.occurredOn(), policy.maxRewardedReportsPerDay());
        settleClosedMonths(calendar, periods);
        Instant now = calendar.now();
        apply(new ProblemReportCredited(
                cardId,
                command.entryId(),
                command.stationId(),
                command.reportId(),
                command.categoryCode(),
                command.occurredOn(),
                command.points(),
                balance + command.points(),
                policy.version(),
                now));
        return recorded(command.entryId(), now, null);
    }

    @CommandHandler
    public EntryRecorded handle(ReverseEntry command, LedgerCalendar calendar, PeriodGate periods) {
        RecordedEntry target = entries.reversible(cardId, command.entryId(), command.reversalEntryId());
        entries.requireUnused(command.reversalEntryId());
        periods.requireOpen(target.occurredOn());
        if (available() < target.points()) {
            throw new InsufficientPoints(cardId, available(), target.points());
        }
        settleClosedMonths(calendar, periods);
        Instant now = calendar.now();
        long points = -target.points();
        apply(new EntryReversed(
                cardId,
                command.reversalEntryId(),
                command.entryId(),
                target.type(),
                target.stationId(),
                target.occurredOn(),
                -target.minutes(),
                points,
                balance + points,
                command.reason(),
                target.policyVersion(),
                now));
        return recorded(command.reversalEntryId(), now, command.entryId());
    }

    /** The card's record of service in a period, for a certificate: no event ({@link ServiceRecords}). */
    @CommandHandler
    public ServiceRecord handle(DescribeServiceRecord command, LedgerCalendar calendar) {
        return entries.describe(cardId, command, calendar);
    }

    @CommandHandler
    public void handle(CloseCard command, LedgerCalendar calendar) {
        requireActive();
        apply(new CardClosed(cardId, command.reason(), calendar.now()));
    }

    /** Holds points for a redemption; answers the hold as recorded. */
    @CommandHandler
    public PointsReserved handle(ReservePoints command, LedgerCalendar calendar) {
        requireActive();
        if (command.points() < 1) {
            throw new InvalidReservation(command.points());
        }
        // the redemption id becomes the statement entry's id when it is fulfilled
        if (held.holdsFor(command.redemptionId())) {
            throw new DuplicateEntryId(command.redemptionId());
        }
        entries.requireUnused(command.redemptionId());
        if (available() < command.points()) {
            throw new InsufficientPoints(cardId, available(), command.points());
        }
        PointsReserved held = new PointsReserved(
                cardId,
                command.redemptionId(),
                command.giftId(),
                command.giftName(),
                command.stationId(),
                command.quantity(),
                command.points(),
                available() - command.points(),
                calendar.now());
        apply(held);
        return held;
    }

    /**
     * The held points leave the card. Idempotent: nothing held for the redemption, nothing happens, and the answer
     * says whether its hold ended before or never was ({@link HoldEnding}).
     */
    @CommandHandler
    public HoldEnding handle(RedeemReservedPoints command, LedgerCalendar calendar) {
        Optional<Reservation> hold = held.of(command.redemptionId());
        hold.ifPresent(reservation -> apply(
                reservation.redeemed(cardId, command.redemptionId(), balance, command.fulfilledOn(), calendar.now())));
        return hold.isPresent() ? HoldEnding.ENDED : held.notHeld(command.redemptionId());
    }

    /** The held points are available again. Idempotent, and answered, as the redemption. */
    @CommandHandler
    public HoldEnding handle(ReleaseReservedPoints command, LedgerCalendar calendar) {
        Optional<Reservation> hold = held.of(command.redemptionId());
        hold.ifPresent(reservation -> apply(new PointsReleased(
                cardId,
                command.redemptionId(),
                reservation.stationId(),
                reservation.points(),
                available() + reservation.points(),
                command.reason(),
                calendar.now())));
        return hold.isPresent() ? HoldEnding.ENDED : held.notHeld(command.redemptionId());
    }

    /**
     * Opens a reading session at the ledger's clock. One open session per card: a second is refused while the
     * first is open, unless the first is past the longest creditable session, which this command ends first as
     * {@code UNFINISHED} (so a forgotten session never blocks the card).
     */
    @CommandHandler
    public ReadingSessionStarted handle(
            StartReadingSession command, LedgerCalendar calendar, PointsPolicy policy, ReadingRoomDoor door) {
        if (!door.accepts(command.stationId(), command.code())) {
            throw new CheckInCodeInvalid(command.stationId());
        }
        requireActive();
        Instant now = calendar.now();
        if (readingSession != null) {
            if (readingSession.minutesAt(now) <= longestReadingSession(policy)) {
                throw new SessionAlreadyOpen(cardId, readingSession.sessionId(), readingSession.stationId());
            }
            apply(readingSession.ended(cardId, now, ReadingSessionStatus.UNFINISHED, null, null, null));
        }
        ReadingSessionStarted started =
                new ReadingSessionStarted(cardId, command.sessionId(), command.stationId(), now);
        apply(started);
        return started;
    }

    /**
     * Ends the card's open reading session and, when its minutes earn points, credits them as a study session in
     * the same command, under every rule of {@link CreditStudySession}. A credit those rules refuse ends the
     * session {@code REFUSED} with the refusal's code: the session is over either way.
     */
    @CommandHandler
    public ReadingSessionEnded handle(
            EndReadingSession command,
            LedgerCalendar calendar,
            PointsPolicy policy,
            PeriodGate periods,
            ReadingRoomDoor door) {
        OpenReadingSession session = readingSession;
        if (session == null || !session.sessionId().equals(command.sessionId())) {
            throw new ReadingSessionNotOpen(cardId, command.sessionId());
        }
        if (!door.accepts(session.stationId(), command.code())) {
            throw new CheckInCodeInvalid(session.stationId());
        }
        Instant now = calendar.now();
        int minutes = session.minutesAt(now);
        CreditTerms terms = policy.termsFor(EntryType.STUDY_SESSION);
        ReadingSessionEnded ended;
        if (minutes > longestReadingSession(policy)) {
            ended = session.ended(cardId, now, ReadingSessionStatus.UNFINISHED, null, null, null);
        } else if (minutes < terms.minMinutes() || terms.pointsFor(minutes) == 0) {
            ended = session.ended(cardId, now, ReadingSessionStatus.TOO_SHORT, null, null, null);
        } else {
            ended = creditReadingSession(session, minutes, now, calendar, policy, periods);
        }
        apply(ended);
        if (ended.status() == ReadingSessionStatus.CREDITED) {
            apply(new StudySessionCredited(
                    cardId,
                    ended.entryId(),
                    session.stationId(),
                    READING_ROOM_TOPIC,
                    minutes,
                    session.day(calendar.zone()),
                    ended.points(),
                    balance + ended.points(),
                    policy.version(),
                    now));
        }
        return ended;
    }

    private ReadingSessionEnded creditReadingSession(
            OpenReadingSession session,
            int minutes,
            Instant now,
            LedgerCalendar calendar,
            PointsPolicy policy,
            PeriodGate periods) {
        String entryId = session.entryId();
        try {
            int points = checkCredit(
                    entryId, EntryType.STUDY_SESSION, minutes, session.day(calendar.zone()), calendar, policy, periods);
            return session.ended(cardId, now, ReadingSessionStatus.CREDITED, entryId, (long) points, null);
        } catch (RuleViolation refused) {
            return session.ended(cardId, now, ReadingSessionStatus.REFUSED, null, null, refused.code());
        }
    }

    /** The longest session that can be credited: the policy's daily study cap (and longest study session). */
    private static int longestReadingSession(PointsPolicy policy) {
        CreditTerms terms = policy.termsFor(EntryType.STUDY_SESSION);
        return Math.min(terms.dailyCapMinutes(), terms.maxMinutes());
    }

    /** Its entries (whole and settled) and its holds, by what each costs on the heap (see {@link CardEntries}). */
    @Override
    public long estimatedBytes() {
        return BASE_BYTES + entries.estimatedBytes() + held.estimatedBytes();
    }

    private long available() {
        return balance - held.total();
    }

    /** Checks every rule of a credit and answers the points it earns. */
    private int checkCredit(
            String entryId,
            EntryType type,
            int minutes,
            LocalDate occurredOn,
            LedgerCalendar calendar,
            PointsPolicy policy,
            PeriodGate periods) {
        CreditTerms terms = policy.termsFor(type);
        int points = terms.pointsFor(minutes); // invalid input first: 400 before any state conflict
        requireActive();
        entries.requireUnused(entryId);
        if (!calendar.accepts(occurredOn)) {
            LocalDate today = calendar.today();
            throw new OccurredOnOutOfRange(occurredOn, today.minusDays(calendar.maxBackdatingDays()), today);
        }
        periods.requireOpen(occurredOn);
        entries.requireWithinDailyCap(type, occurredOn, minutes, terms);
        return points;
    }

    /**
     * Before an accepted credit or reversal: the card's older months that are closed now are settled (a closed
     * month stays closed), so the card stops keeping their entries whole. Asked at most once a business day.
     */
    private void settleClosedMonths(LedgerCalendar calendar, PeriodGate periods) {
        LocalDate today = calendar.today();
        if (today.equals(settlementAskedOn)) {
            return;
        }
        settlementAskedOn = today;
        List<String> closed = entries.unsettledMonthsBefore(YearMonth.from(today)).stream()
                .filter(periods::isClosed)
                .map(YearMonth::toString)
                .toList();
        if (!closed.isEmpty()) {
            apply(new MonthsSettled(cardId, closed, calendar.now()));
        }
    }

    private void requireActive() {
        if (status != CardStatus.ACTIVE) {
            throw new CardNotActive(cardId);
        }
    }

    /** The entry just applied (its event-sourcing handler has run), with the balance after it. */
    private EntryRecorded recorded(String entryId, Instant recordedAt, String reverses) {
        RecordedEntry entry = entries.get(entryId);
        return new EntryRecorded(
                entryId,
                cardId,
                entry.type(),
                entry.points(),
                balance,
                entry.occurredOn(),
                recordedAt,
                entry.policyVersion(),
                reverses);
    }

    @EventSourcingHandler
    void on(CardIssued event) {
        cardId = event.cardId();
        status = CardStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(VolunteerHoursCredited event) {
        entries.record(event.entryId(), RecordedEntry.of(event));
        balance += event.points();
    }

    @EventSourcingHandler
    void on(StudySessionCredited event) {
        entries.record(event.entryId(), RecordedEntry.of(event));
        balance += event.points();
    }

    @EventSourcingHandler
    void on(CommendationBonusCredited event) {
        credit(
                event.entryId(),
                EntryType.COMMENDATION_BONUS,
                event.stationId(),
                event.occurredOn(),
                0,
                event.points(),
                event.policyVersion());
    }

    @EventSourcingHandler
    void on(ProblemReportCredited event) {
        credit(
                event.entryId(),
                EntryType.PROBLEM_REPORT,
                event.stationId(),
                event.occurredOn(),
                0,
                event.points(),
                event.policyVersion());
    }

    @EventSourcingHandler
    void on(EntryReversed event) {
        entries.recordReversal(
                event.reversedEntryId(),
                event.entryId(),
                new RecordedEntry(
                        EntryType.REVERSAL,
                        event.stationId(),
                        event.occurredOn(),
                        event.minutes(),
                        event.points(),
                        event.policyVersion(),
                        false));
        balance += event.points();
    }

    @EventSourcingHandler
    void on(MonthsSettled event) {
        event.months().forEach(month -> entries.settle(YearMonth.parse(month)));
    }

    @EventSourcingHandler
    void on(PointsReserved event) {
        held = held.with(
                event.redemptionId(),
                new Reservation(event.giftId(), event.giftName(), event.stationId(), event.quantity(), event.points()));
    }

    @EventSourcingHandler
    void on(GiftRedeemed event) {
        held = held.without(event.redemptionId());
        credit(
                event.entryId(),
                EntryType.GIFT_REDEMPTION,
                event.stationId(),
                event.occurredOn(),
                0,
                event.points(),
                null);
    }

    @EventSourcingHandler
    void on(PointsReleased event) {
        held = held.without(event.redemptionId());
    }

    @EventSourcingHandler
    void on(CardClosed event) {
        status = CardStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ReadingSessionStarted event) {
        readingSession = new OpenReadingSession(event.sessionId(), event.stationId(), event.startedAt());
    }

    @EventSourcingHandler
    void on(ReadingSessionEnded event) {
        readingSession = null;
    }

    private void credit(
            String entryId,
            EntryType type,
            String station,
            LocalDate day,
            int minutes,
            long points,
            String policyVersion) {
        entries.record(entryId, new RecordedEntry(type, station, day, minutes, points, policyVersion, false));
        balance += points;
    }
}
