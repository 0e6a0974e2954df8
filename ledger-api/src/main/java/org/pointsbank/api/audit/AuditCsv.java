package org.pointsbank.api.audit;

import java.util.Objects;
import org.pointsbank.api.http.Csv;
import org.pointsbank.projections.audit.AuditEntry;

/** Audit trail events as RFC 4180 CSV rows under a header row (written by {@code CsvStream}). */
public final class AuditCsv {

    public static final String HEADER = "position,eventId,type,aggregateId,cardId,stationId,entryId,actor,recordedAt,"
            + "idempotencyKey,correlationId,points,policyVersion,hash,reportId,categoryCode,gridCellId";

    private AuditCsv() {}

    /** One event, without its line break. */
    public static String row(AuditEntry e) {
        return String.join(
                ",",
                String.valueOf(e.position()),
                Csv.field(e.eventId()),
                Csv.field(e.type()),
                Csv.field(e.aggregateId()),
                Csv.field(e.cardId()),
                Csv.field(e.stationId()),
                Csv.field(e.entryId()),
                Csv.field(e.actor()),
                e.recordedAt().toString(),
                Csv.field(e.idempotencyKey()),
                Csv.field(e.correlationId()),
                e.points() == null ? "" : e.points().toString(),
                Csv.field(e.policyVersion()),
                Objects.toString(e.hash(), ""),
                Csv.field(e.reportId()),
                Csv.field(e.categoryCode()),
                Csv.field(e.gridCellId()));
    }
}
