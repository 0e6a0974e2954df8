package org.pointsbank.api.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.messaging.MetaData;
import org.pointsbank.api.http.CommandMetadata;
import org.pointsbank.api.http.CorrelationIdFilter;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.Attendee;
import org.pointsbank.core.activity.api.CloseActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Closing an activity, exactly once across failures. The request records {@code ActivityClosed} (attendees with
 * their derived entry ids) under its Idempotency-Key in one transaction; once that is committed the close is
 * decided and can no longer be lost. The request then carries the credits out itself, a chunk of attendees a
 * transaction ({@link ActivityCredits}), and answers from the activity's recorded outcomes. Whatever it leaves
 * (the service dies, a chunk fails) the close process ({@link ActivityCloseProcess}) finishes from the event log:
 * the derived entry ids make a repeated credit a refused duplicate, and an outcome recorded twice changes nothing.
 *
 * <p>The answer is always built from what the activity recorded, so a replay under the same key answers the same.
 * When credits are still being carried out elsewhere (after a crash, the process finishing them), the request
 * waits up to {@code pointsbank.activities.close-wait} and then answers 202 with status CLOSING and the count
 * still pending; sending the same request again (same key) answers 200 once it is done.
 */
@Service
public class ActivityCloses {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityCloses.class);

    private final LedgerCommands commands;
    private final IdempotentRequests idempotency;
    private final ActivityCredits credits;
    private final CloseProgressReader progress;
    private final ClosingHere closingHere;
    private final ActivityProperties properties;
    private final ObjectMapper json;
    private final HttpServletRequest request;
    private final Clock clock;

    public ActivityCloses(
            LedgerCommands commands,
            IdempotentRequests idempotency,
            ActivityCredits credits,
            CloseProgressReader progress,
            ClosingHere closingHere,
            ActivityProperties properties,
            ObjectMapper json,
            HttpServletRequest request,
            Clock clock) {
        this.commands = commands;
        this.idempotency = idempotency;
        this.credits = credits;
        this.progress = progress;
        this.closingHere = closingHere;
        this.properties = properties;
        this.json = json;
        this.request = request;
        this.clock = clock;
    }

    /** The API's close, under the request's Idempotency-Key header. */
    public ResponseEntity<String> close(String activityId) {
        return close(activityId, action -> idempotency.execute(null, action));
    }

    /** The desk's close, under its form's key (the same answers: a repeat of the form replays the first). */
    public ResponseEntity<String> closeForm(String activityId, String formKey) {
        return close(activityId, action -> idempotency.executeForm(formKey, null, action));
    }

    /**
     * Where a close stands now, read from the activity's events as the close answers it: empty for an activity that
     * is not closed.
     */
    public java.util.Optional<CloseResponse> outcome(String activityId) {
        CloseProgress now = progress.read(activityId);
        return now.closed() == null ? java.util.Optional.empty() : java.util.Optional.of(now.response());
    }

    private ResponseEntity<String> close(
            String activityId, Function<Supplier<LedgerResponse>, ResponseEntity<String>> underKey) {
        closingHere.begin(activityId);
        try {
            CloseAttempts.Outcome outcome = CloseAttempts.run(
                    underKey,
                    () -> commands.send(new CloseActivity(activityId, clock.instant())),
                    closed -> LedgerResponse.ok(
                            new CloseResponse(activityId, "CLOSING", List.of(), List.of(), List.of(), null)));
            boolean replayed = outcome.replayed();
            if (outcome.toCarryOut() != null) {
                carryOut(outcome.toCarryOut());
            }
            closingHere.end(activityId); // from here on the close process may finish what is left
            return answer(activityId, replayed);
        } finally {
            closingHere.end(activityId);
        }
    }

    private void carryOut(ActivityClosed closed) {
        MetaData metaData = CommandMetadata.of(
                LedgerCommands.currentUser(),
                CorrelationIdFilter.of(request),
                request.getAttribute(LedgerCommands.IDEMPOTENCY_KEY_ATTRIBUTE) instanceof String formKey
                        ? formKey
                        : request.getHeader(LedgerCommands.IDEMPOTENCY_KEY_HEADER));
        List<Attendee> attendees = closed.attendees();
        int size = properties.closeChunkSize();
        int done = 0;
        for (int from = 0; from < attendees.size(); from += size) {
            List<Attendee> chunk = attendees.subList(from, Math.min(attendees.size(), from + size));
            try {
                credits.carryOut(closed, chunk, metaData);
            } catch (RuntimeException e) {
                LOG.warn(
                        "close of activity {}: a chunk of {} credits failed; the close process finishes it",
                        closed.activityId(),
                        chunk.size(),
                        e);
                return;
            }
            done += chunk.size();
            if (properties.testFaultAfterCredits() > 0 && done >= properties.testFaultAfterCredits()) {
                throw new IllegalStateException("test fault: the close stops after " + done + " credits");
            }
        }
    }

    private ResponseEntity<String> answer(String activityId, boolean replayed) {
        long deadline = System.nanoTime() + properties.closeWait().toNanos();
        CloseProgress now = progress.read(activityId);
        while (!now.complete() && System.nanoTime() < deadline) {
            sleep();
            now = progress.read(activityId);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(now.complete() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .contentType(MediaType.APPLICATION_JSON);
        if (replayed) {
            answer.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        try {
            return answer.body(json.writeValueAsString(now.response()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a close", e);
        }
    }
}
