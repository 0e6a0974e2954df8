package org.pointsbank.api.projection;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A read model's state: {@code LIVE} or {@code REBUILDING}; its processor's position in the
 * log, the log's head and the lag between them; while or after a rebuild, the replay rate;
 * whether it can be rebuilt from the log; the events it has parked (read models with a
 * dead-letter queue only); for a processor that cannot be rebuilt, why; after a rebuild that failed (the live
 * read model unchanged), its cause; for a tracking processor, its segments and which instance holds each (from {@code
 * token_entry}, the same on every instance).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionStatus(
        String name,
        String status,
        Long position,
        long head,
        Long lag,
        Double eventsPerSecond,
        boolean rebuildable,
        Long parked,
        String notRebuildableBecause,
        String rebuildFailure,
        java.util.List<SegmentClaim> segments) {}
