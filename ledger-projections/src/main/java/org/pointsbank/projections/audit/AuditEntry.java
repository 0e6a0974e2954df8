package org.pointsbank.projections.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One event as the audit trail shows it, with its link in the hash chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(
        long position,
        String eventId,
        String type,
        String aggregateId,
        String cardId,
        String stationId,
        String entryId,
        String actor,
        Instant recordedAt,
        String idempotencyKey,
        String correlationId,
        Long points,
        String policyVersion,
        String hash,
        String activityId,
        String reportId,
        String categoryCode,
        String gridCellId) {}
