package org.pointsbank.core.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.ActivityCloseCompleted;
import org.pointsbank.core.activity.api.ActivityEntryIds;
import org.pointsbank.core.activity.api.ActivityKind;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.pointsbank.core.activity.api.AddToRoster;
import org.pointsbank.core.activity.api.AttendanceEntry;
import org.pointsbank.core.activity.api.AttendanceRecorded;
import org.pointsbank.core.activity.api.Attendee;
import org.pointsbank.core.activity.api.AttendeeCredited;
import org.pointsbank.core.activity.api.AttendeeOutcome;
import org.pointsbank.core.activity.api.AttendeeRefused;
import org.pointsbank.core.activity.api.CancelActivity;
import org.pointsbank.core.activity.api.CheckIn;
import org.pointsbank.core.activity.api.CheckOut;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.pointsbank.core.activity.api.CloseActivity;
import org.pointsbank.core.activity.api.PlanActivity;
import org.pointsbank.core.activity.api.RecordAttendance;
import org.pointsbank.core.activity.api.RecordAttendeeOutcome;
import org.pointsbank.core.activity.api.RosterChanged;
import org.pointsbank.core.activity.api.SignUp;
import org.pointsbank.core.activity.api.SignedUp;
import org.pointsbank.core.policy.CreditTerms;
import org.pointsbank.core.policy.PointsPolicy;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * A planned session of volunteer work or study at a station: the consistency boundary for its roster (capacity),
 * each card's one check-in and check-out, and the one close that fixes who attended for how long. The close names
 * each attendee's entry id ({@link ActivityEntryIds}); the credits are ordinary card credits sent by the close
 * process, whose outcomes come back here until every attendee has one ({@link ActivityCloseCompleted}). The card's
 * rules (daily caps, closed months, inactive cards) stay the card's: the activity does not know them.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Activity {

    @AggregateIdentifier
    private String activityId;

    private String stationId;
    private ActivityKind kind;
    private String title;
    private LocalDate date;
    private PlannedWindow window;
    private Integer capacity;
    private ActivityStatus status;
    /** The roster in the order cards joined it: the close lists attendees and no-shows in this order. */
    private Map<String, RosterMember> roster = new LinkedHashMap<>();
    /** From the close on: the attendees by card, and the outcome of each credit as it comes back. */
    private Map<String, Attendee> attendees = new LinkedHashMap<>();

    private Map<String, AttendeeOutcome> outcomes = new LinkedHashMap<>();

    protected Activity() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    /**
     * The window is fixed as instants in the service's zone (the calendar's) now, so replays and attendance minutes
     * never depend on the zone the service runs in later.
     */
    @CommandHandler
    public Activity(PlanActivity command, LedgerCalendar calendar, PointsPolicy policy) {
        if (command.kind() == null) {
            throw new InvalidActivityTerms("kind", "kind must be VOLUNTEER or STUDY");
        }
        if (command.title() == null || command.title().isBlank()) {
            throw new InvalidActivityTerms("title", "title must not be blank");
        }
        LocalDate earliest = calendar.today().minusDays(calendar.maxBackdatingDays());
        if (command.date().isBefore(earliest)) {
            throw new InvalidActivityTerms(
                    "date", "date must be " + earliest + " or later: older credits are refused by every card");
        }
        if (!command.endTime().isAfter(command.startTime())) {
            throw new InvalidActivityTerms("endTime", "endTime must be after startTime on the same date");
        }
        if (command.capacity() != null && command.capacity() < 1) {
            throw new InvalidActivityTerms("capacity", "capacity must be at least 1 when given");
        }
        ZoneId zone = calendar.zone();
        PlannedWindow planned = new PlannedWindow(
                command.date().atTime(command.startTime()).atZone(zone).toInstant(),
                command.date().atTime(command.endTime()).atZone(zone).toInstant());
        requireCreditable(planned.minutes(), command.kind(), policy);
        apply(new ActivityPlanned(
                command.activityId(),
                command.stationId(),
                command.kind(),
                command.title(),
                command.date(),
                command.startTime(),
                command.endTime(),
                planned.startsAt(),
                planned.endsAt(),
                planned.minutes(),
                command.capacity(),
                command.selfCheckIn(),
                calendar.now()));
    }

    private static void requireCreditable(int minutes, ActivityKind kind, PointsPolicy policy) {
        CreditTerms terms = policy.termsFor(kind.entryType());
        int shortest = terms.minutesForFirstPoint();
        int longest = terms.longestCreditableMinutes();
        if (shortest < 0 || minutes < shortest || minutes > longest) {
            throw new InvalidActivityTerms(
                    "endTime",
                    "a " + kind + " activity must last " + shortest + " to " + longest + " minutes under policy "
                            + policy.version() + ", was " + minutes);
        }
    }

    /** All or nothing; cards on the roster already are left as they are. Answers the change, or null if none. */
    @CommandHandler
    public RosterChanged handle(AddToRoster command, LedgerCalendar calendar) {
        requireOpen();
        List<String> added = new ArrayList<>(new LinkedHashSet<>(command.cardIds()));
        added.removeIf(roster::containsKey);
        if (added.isEmpty()) {
            return null;
        }
        requireRoom(added.size());
        RosterChanged changed = new RosterChanged(activityId, stationId, List.copyOf(added), calendar.now());
        apply(changed);
        return changed;
    }

    /** Idempotent: a card on the roster already (by any way) changes nothing and answers null. */
    @CommandHandler
    public SignedUp handle(SignUp command, LedgerCalendar calendar) {
        requireOpen();
        if (roster.containsKey(command.cardId())) {
            return null;
        }
        requireRoom(1);
        SignedUp signedUp = new SignedUp(activityId, stationId, command.cardId(), calendar.now());
        apply(signedUp);
        return signedUp;
    }

    @CommandHandler
    public CheckedIn handle(CheckIn command, LedgerCalendar calendar) {
        requireOpen();
        RosterMember member = roster.get(command.cardId());
        if (member != null && member.checkedInAt() != null) {
            throw new AlreadyCheckedIn(activityId, command.cardId());
        }
        if (member == null) {
            requireRoom(1);
        }
        CheckedIn checkedIn =
                new CheckedIn(activityId, stationId, command.cardId(), command.at(), member == null, calendar.now());
        apply(checkedIn);
        return checkedIn;
    }

    @CommandHandler
    public CheckedOut handle(CheckOut command, LedgerCalendar calendar) {
        requireOpen();
        RosterMember member = roster.get(command.cardId());
        if (member == null || member.checkedInAt() == null) {
            throw new NotCheckedIn(activityId, command.cardId());
        }
        if (member.checkedOutAt() != null) {
            throw new AlreadyCheckedOut(activityId, command.cardId());
        }
        CheckedOut checkedOut = new CheckedOut(
                activityId,
                stationId,
                command.cardId(),
                member.checkedInAt(),
                command.at(),
                window.minutesOf(member.checkedInAt(), command.at()),
                calendar.now());
        apply(checkedOut);
        return checkedOut;
    }

    /** Invalid lines first (400), then the state (409); all or nothing. A later sheet overrides an earlier one. */
    @CommandHandler
    public AttendanceRecorded handle(RecordAttendance command, LedgerCalendar calendar) {
        List<AttendanceEntry> entries = command.entries();
        if (entries == null || entries.isEmpty()) {
            throw new InvalidAttendance("entries", "attendance needs at least one line");
        }
        int planned = window.minutes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            if (!seen.add(entry.cardId())) {
                throw new InvalidAttendance(
                        "entries[" + i + "].cardId", "card " + entry.cardId() + " is on the sheet twice");
            }
            if (entry.minutes() < 0 || entry.minutes() > planned) {
                throw new InvalidAttendance(
                        "entries[" + i + "].minutes",
                        "minutes must be between 0 and the planned " + planned + ", was " + entry.minutes());
            }
        }
        requireOpen();
        List<String> added = entries.stream()
                .map(AttendanceEntry::cardId)
                .filter(card -> !roster.containsKey(card))
                .toList();
        if (!added.isEmpty()) {
            requireRoom(added.size());
        }
        AttendanceRecorded recorded =
                new AttendanceRecorded(activityId, stationId, List.copyOf(entries), added, calendar.now());
        apply(recorded);
        return recorded;
    }

    /**
     * Fixes the attendees: roster members with minutes at {@code closedAt} (see {@link RosterMember#minutesAtClose}),
     * each with the entry id derived from the activity and the card. An activity with no attendees is complete at
     * once.
     */
    @CommandHandler
    public org.pointsbank.core.activity.api.ActivityClosed handle(CloseActivity command, LedgerCalendar calendar) {
        if (status == ActivityStatus.CLOSED) {
            throw new ActivityClosed(activityId); // the rule, not the event
        }
        requireOpen();
        List<Attendee> present = new ArrayList<>();
        List<String> noShows = new ArrayList<>();
        roster.forEach((card, member) -> {
            int minutes = member.minutesAtClose(window, command.closedAt());
            if (minutes > 0) {
                present.add(new Attendee(card, minutes, ActivityEntryIds.entryIdFor(activityId, card)));
            } else {
                noShows.add(card);
            }
        });
        Instant now = calendar.now();
        var closed = new org.pointsbank.core.activity.api.ActivityClosed(
                activityId,
                stationId,
                kind,
                title,
                date,
                List.copyOf(present),
                List.copyOf(noShows),
                command.closedAt(),
                now);
        apply(closed);
        completeIfEveryAttendeeHasAnOutcome(now);
        return closed;
    }

    /** Idempotent: an attendee whose outcome is recorded already changes nothing. */
    @CommandHandler
    public void handle(RecordAttendeeOutcome command, LedgerCalendar calendar) {
        if (status != ActivityStatus.CLOSED) {
            throw new ActivityNotClosed(activityId);
        }
        Attendee attendee = attendees.get(command.cardId());
        if (attendee == null) {
            throw new NotAnAttendee(activityId, command.cardId(), "card " + command.cardId() + " is not an attendee");
        }
        if (!attendee.entryId().equals(command.entryId()) || attendee.minutes() != command.minutes()) {
            throw new NotAnAttendee(
                    activityId,
                    command.cardId(),
                    "card " + command.cardId() + " attended as entry " + attendee.entryId() + " for "
                            + attendee.minutes() + " minutes, not as entry " + command.entryId() + " for "
                            + command.minutes());
        }
        if (outcomes.containsKey(command.cardId())) {
            return;
        }
        Instant now = calendar.now();
        if (command.outcome() == AttendeeOutcome.CREDITED) {
            apply(new AttendeeCredited(
                    activityId,
                    stationId,
                    command.cardId(),
                    attendee.entryId(),
                    attendee.minutes(),
                    command.points(),
                    now));
        } else {
            apply(new AttendeeRefused(
                    activityId,
                    stationId,
                    command.cardId(),
                    attendee.entryId(),
                    attendee.minutes(),
                    command.refusalCode(),
                    now));
        }
        completeIfEveryAttendeeHasAnOutcome(now);
    }

    @CommandHandler
    public ActivityCancelled handle(CancelActivity command, LedgerCalendar calendar) {
        requireOpen();
        ActivityCancelled cancelled = new ActivityCancelled(activityId, stationId, command.reason(), calendar.now());
        apply(cancelled);
        return cancelled;
    }

    /**
     * Called right after the close and after each new outcome only, so the close completes once: a repeated outcome
     * returns before it.
     */
    private void completeIfEveryAttendeeHasAnOutcome(Instant now) {
        if (outcomes.size() == attendees.size()) {
            int credited = (int) outcomes.values().stream()
                    .filter(AttendeeOutcome.CREDITED::equals)
                    .count();
            apply(new ActivityCloseCompleted(activityId, stationId, credited, outcomes.size() - credited, now));
        }
    }

    private void requireOpen() {
        if (status != ActivityStatus.OPEN) {
            throw new ActivityNotOpen(activityId, status);
        }
    }

    private void requireRoom(int asked) {
        if (capacity != null && roster.size() + asked > capacity) {
            throw new ActivityFull(activityId, capacity, capacity - roster.size(), asked);
        }
    }

    @EventSourcingHandler
    void on(ActivityPlanned event) {
        activityId = event.activityId();
        stationId = event.stationId();
        kind = event.kind();
        title = event.title();
        date = event.date();
        window = new PlannedWindow(event.startsAt(), event.endsAt());
        capacity = event.capacity();
        status = ActivityStatus.OPEN;
    }

    @EventSourcingHandler
    void on(RosterChanged event) {
        event.added().forEach(card -> roster.putIfAbsent(card, RosterMember.SIGNED_UP));
    }

    @EventSourcingHandler
    void on(SignedUp event) {
        roster.putIfAbsent(event.cardId(), RosterMember.SIGNED_UP);
    }

    @EventSourcingHandler
    void on(CheckedIn event) {
        roster.compute(
                event.cardId(),
                (card, member) -> (member == null ? RosterMember.SIGNED_UP : member).checkedIn(event.at()));
    }

    @EventSourcingHandler
    void on(CheckedOut event) {
        roster.computeIfPresent(event.cardId(), (card, member) -> member.checkedOut(event.at(), event.minutes()));
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        event.entries()
                .forEach(entry -> roster.compute(
                        entry.cardId(),
                        (card, member) -> (member == null ? RosterMember.SIGNED_UP : member).onPaper(entry.minutes())));
    }

    @EventSourcingHandler
    void on(org.pointsbank.core.activity.api.ActivityClosed event) {
        status = ActivityStatus.CLOSED;
        event.attendees().forEach(attendee -> attendees.put(attendee.cardId(), attendee));
    }

    @EventSourcingHandler
    void on(AttendeeCredited event) {
        outcomes.put(event.cardId(), AttendeeOutcome.CREDITED);
    }

    @EventSourcingHandler
    void on(AttendeeRefused event) {
        outcomes.put(event.cardId(), AttendeeOutcome.REFUSED);
    }

    @EventSourcingHandler
    void on(ActivityCancelled event) {
        status = ActivityStatus.CANCELLED;
    }
}
