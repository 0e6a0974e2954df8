package org.pointsbank.api.projection;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.pointsbank.api.deadletter.DeadLetters;
import org.pointsbank.api.http.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read models and their processors: status, position and lag, and rebuilds. A rebuild builds a fresh copy of
 * the read model beside the live one and swaps it in when it has caught up ({@link ReadModelRebuilds}): while it
 * runs every read answers from the live tables and recording goes on. The status says {@code REBUILDING} (with the
 * copy's position) until the swap, {@code LIVE} after it. Every read model can be rebuilt, those kept in the
 * recording transaction too; the process managers and the event log's hash chain cannot, and say why.
 */
@Component
public class Projections {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final DeadLetters deadLetters;
    private final ReadModelRebuilds rebuilds;

    public Projections(
            EventProcessingConfiguration processing,
            JdbcTemplate jdbc,
            DeadLetters deadLetters,
            ReadModelRebuilds rebuilds) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
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

    /** Starts a rebuild beside the live read model; 409 for a processor that is no read model, or while one runs. */
    public void rebuild(String name) {
        processing.eventProcessor(name).orElseThrow(() -> notFound(name));
        ReadModelTables.notRebuildableBecause(name).ifPresent(reason -> {
            throw new ApiException(HttpStatus.CONFLICT, "PROJECTION_NOT_REBUILDABLE", name + " is " + reason);
        });
        rebuilds.start(name, processing);
    }

    /** True while the read model's copy is being built or swapped in. */
    public boolean isRebuilding(String name) {
        processing.eventProcessor(name).orElseThrow(() -> notFound(name));
        return rebuilds.run(name).map(RebuildRun::running).orElse(false);
    }

    private ProjectionStatus status(String name, long head) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> notFound(name));
        Optional<RebuildRun> run = rebuilds.run(name);
        boolean rebuilding = run.map(RebuildRun::running).orElse(false);
        Long position;
        if (rebuilding) {
            position = run.get().position();
        } else if (processor instanceof StreamingEventProcessor streaming) {
            position = position(streaming);
        } else {
            position = head; // in the recording transaction: never behind
        }
        Optional<String> notRebuildable = ReadModelTables.notRebuildableBecause(name);
        return new ProjectionStatus(
                name,
                rebuilding ? "REBUILDING" : "LIVE",
                position,
                head,
                position == null ? null : Math.max(0, head - position),
                run.map(RebuildRun::eventsPerSecond).orElse(null),
                notRebuildable.isEmpty(),
                deadLetters.hasQueue(name) ? deadLetters.parked().get(name) : null,
                notRebuildable.orElse(null),
                run.map(RebuildRun::failure).orElse(null),
                processor instanceof StreamingEventProcessor ? segments(name) : null);
    }

    /** The processor's rows in {@code token_entry}: every segment, whichever instance holds it. */
    private List<SegmentClaim> segments(String name) {
        return jdbc.query(
                "SELECT segment, owner, timestamp FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (rs, n) -> new SegmentClaim(rs.getInt(1), rs.getString(2), rs.getString(3)),
                name);
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

    private static ApiException notFound(String name) {
        return new ApiException(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND", "no projection " + name);
    }
}
