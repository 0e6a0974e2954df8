package org.pointsbank.api.activity;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.ActivityKind;
import org.pointsbank.core.activity.api.Attendee;
import org.pointsbank.core.activity.api.AttendeeOutcome;
import org.pointsbank.core.activity.api.RecordAttendeeOutcome;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Carries out a closed activity's credits: for each attendee an ordinary card credit under the entry id the close
 * derived (the activity's title as its text, its date as {@code occurredOn}, its id as {@code activityId}), then the
 * outcome on the activity. A refusal by the card's rules is the attendee's outcome ({@code REFUSED} with its code)
 * and refuses nothing else: the card's command fails in its own nested unit of work before it writes anything, and
 * Axon's Spring transaction manager leaves a transaction it only joined alone, so the chunk's transaction stays
 * healthy. A credit already on the card ({@code DUPLICATE_ENTRY_ID}: the step repeated after a crash) is read back
 * from the card's events and recorded as {@code CREDITED} with its figures. Both the close request and the close
 * process use this; doing an attendee twice changes nothing.
 */
@Component
public class ActivityCredits {

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final EventStore events;

    public ActivityCredits(CommandGateway commands, TransactionManager transactions, EventStore events) {
        this.commands = commands;
        this.transactions = transactions;
        this.events = events;
    }

    /** Credits {@code attendees} of the close in one unit of work and one transaction (or the caller's, if open). */
    public void carryOut(ActivityClosed closed, List<Attendee> attendees, MetaData metaData) {
        DefaultUnitOfWork<?> unitOfWork =
                DefaultUnitOfWork.startAndGet(new GenericMessage<>("close of " + closed.activityId()));
        if (unitOfWork.isRoot()) {
            unitOfWork.attachTransaction(transactions);
        }
        var result = unitOfWork.executeWithResult(
                () -> {
                    attendees.forEach(attendee -> credit(closed, attendee, metaData));
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    private void credit(ActivityClosed closed, Attendee attendee, MetaData metaData) {
        RecordAttendeeOutcome outcome;
        try {
            EntryRecorded entry = send(creditOf(closed, attendee), metaData);
            outcome = credited(closed, attendee, entry.points());
        } catch (RuleViolation refusal) {
            if ("DUPLICATE_ENTRY_ID".equals(refusal.code())) {
                outcome = credited(closed, attendee, existingPoints(attendee));
            } else {
                outcome = refused(closed, attendee, refusal.code());
            }
        } catch (AggregateNotFoundException unknownCard) {
            outcome = refused(closed, attendee, "CARD_NOT_FOUND");
        }
        send(outcome, metaData);
    }

    private static Object creditOf(ActivityClosed closed, Attendee attendee) {
        if (closed.kind() == ActivityKind.STUDY) {
            return new CreditStudySession(
                    attendee.cardId(),
                    attendee.entryId(),
                    closed.stationId(),
                    closed.title(),
                    attendee.minutes(),
                    closed.date(),
                    closed.activityId());
        }
        return new CreditVolunteerHours(
                attendee.cardId(),
                attendee.entryId(),
                closed.stationId(),
                closed.title(),
                attendee.minutes(),
                closed.date(),
                closed.activityId());
    }

    private static RecordAttendeeOutcome credited(ActivityClosed closed, Attendee attendee, long points) {
        return new RecordAttendeeOutcome(
                closed.activityId(),
                attendee.cardId(),
                AttendeeOutcome.CREDITED,
                attendee.entryId(),
                attendee.minutes(),
                points,
                null);
    }

    private static RecordAttendeeOutcome refused(ActivityClosed closed, Attendee attendee, String code) {
        return new RecordAttendeeOutcome(
                closed.activityId(),
                attendee.cardId(),
                AttendeeOutcome.REFUSED,
                attendee.entryId(),
                attendee.minutes(),
                0,
                code);
    }

    /** The points of the attendee's credit already on the card, read from the card's own events. */
    private long existingPoints(Attendee attendee) {
        Optional<Long> points = events.readEvents(attendee.cardId(), 0)
                .asStream()
                .map(message -> pointsOf(message.getPayload(), attendee.entryId()))
                .filter(java.util.Objects::nonNull)
                .findFirst();
        return points.orElseThrow(() -> new IllegalStateException("card " + attendee.cardId() + " refused entry "
                + attendee.entryId() + " as a duplicate but has no credit under it"));
    }

    private static Long pointsOf(Object event, String entryId) {
        if (event instanceof VolunteerHoursCredited e && e.entryId().equals(entryId)) {
            return e.points();
        }
        if (event instanceof StudySessionCredited e && e.entryId().equals(entryId)) {
            return e.points();
        }
        return null;
    }

    private <R> R send(Object command, MetaData metaData) {
        return commands.sendAndWait(new GenericCommandMessage<>(command).andMetaData(metaData));
    }
}
