package org.pointsbank.api.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.pointsbank.api.activity.ActivityCloseProcess;
import org.pointsbank.api.deadletter.DeadLetters;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.redemption.RedemptionProcess;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read models and their processors: status, position and lag, and rebuilds. A rebuild
 * stops the processor, resets its tokens (which runs the projection's {@code @ResetHandler})
 * and starts it again; it then replays the whole log while new events keep arriving.
 * Read models kept inside the recording transaction (subscribing processors) are always LIVE
 * and are not rebuilt this way. With several nodes, stop the processor everywhere first.
 */
@Component
public class Projections {

    private record Run(Instant startedAt, Double finalRate) {}

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public Projections(
            EventProcessingConfiguration processing, JdbcTemplate jdbc, Clock clock, DeadLetters deadLetters) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadLetters = deadLetters;
    }

    public List<ProjectionStatus> all() {
        long head = head();
        return processing.eventProcessors().keySet().stream()
                .sorted()
                .map(name -> status(name, head))
                .toList();
    }

    public ProjectionStatus status(String name) {
        return status(name, head());
    }

    public void rebuild(String name) {
        if (RedemptionProcess.NAME.equals(name)) {
            // replaying it would send every redemption's steps again: harmless (they are idempotent), but no read model
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "PROJECTION_NOT_REBUILDABLE",
                    name + " is the redemption process, not a read model: it has nothing to rebuild");
        }
        if (ActivityCloseProcess.NAME.equals(name)) {
            // replaying it would look at every close again: harmless (each finds its outcomes), but no read model
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "PROJECTION_NOT_REBUILDABLE",
                    name + " is the activity close process, not a read model: it has nothing to rebuild");
        }
        StreamingEventProcessor processor = streaming(name);
        processor.shutDown();
        processor.resetTokens();
        runs.put(name, new Run(clock.instant(), null));
        processor.start();
    }

    /** True while the read model is still replaying history after a rebuild. */
    public boolean isRebuilding(String name) {
        return streaming(name).isReplaying();
    }

    private ProjectionStatus status(String name, long head) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> notFound(name));
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatus(name, "LIVE", head, head, 0L, null, false, null, null);
        }
        Long position = position(streaming);
        Run run = runs.get(name);
        // just after a reset no segment is claimed yet: the rebuild has started all the same
        boolean replaying = streaming.isReplaying() || (run != null && run.finalRate() == null && position == null);
        return new ProjectionStatus(
                name,
                replaying ? "REBUILDING" : "LIVE",
                position,
                head,
                position == null ? null : Math.max(0, head - position),
                rate(name, position, replaying),
                !RedemptionProcess.NAME.equals(name) && !ActivityCloseProcess.NAME.equals(name),
                deadLetters.hasQueue(name) ? deadLetters.parked().get(name) : null,
                segments(name));
    }

    /** The processor's rows in {@code token_entry}: every segment, whichever instance holds it. */
    private List<SegmentClaim> segments(String name) {
        return jdbc.query(
                "SELECT segment, owner, timestamp FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (rs, n) -> new SegmentClaim(rs.getInt(1), rs.getString(2), rs.getString(3)),
                name);
    }

    private Double rate(String name, Long position, boolean replaying) {
        Run run = runs.get(name);
        if (run == null || position == null) {
            return null;
        }
        if (run.finalRate() != null) {
            return run.finalRate();
        }
        double seconds = Math.max(
                0.001, Duration.between(run.startedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = Math.round(position / seconds * 10) / 10.0;
        if (!replaying) {
            runs.put(name, new Run(run.startedAt(), rate));
        }
        return rate;
    }

    private static Long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .min(Long::compare)
                .orElse(null);
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private StreamingEventProcessor streaming(String name) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> notFound(name));
        if (processor instanceof StreamingEventProcessor streaming) {
            return streaming;
        }
        throw new ApiException(
                HttpStatus.CONFLICT,
                "PROJECTION_NOT_REBUILDABLE",
                name + " is kept inside the recording transaction and is never behind; it is not rebuilt by replay");
    }

    private static ApiException notFound(String name) {
        return new ApiException(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND", "no projection " + name);
    }
}
