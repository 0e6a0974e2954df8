package org.pointsbank.api.statement;

import org.pointsbank.api.http.Csv;
import org.pointsbank.api.http.CsvStream;
import org.pointsbank.projections.statement.StatementLine;

/** Statement lines as RFC 4180 CSV rows under a header row (written by {@link CsvStream}). */
final class StatementCsv {

    static final String HEADER = "entryId,type,stationId,description,minutes,points,runningBalance,"
            + "occurredOn,recordedAt,policyVersion,reverses,reversedBy,reportId";

    private StatementCsv() {}

    /** One line, without its line break. */
    static String row(StatementLine l) {
        return String.join(
                ",",
                Csv.field(l.entryId()),
                Csv.field(l.type()),
                Csv.field(l.stationId()),
                Csv.field(l.description()),
                String.valueOf(l.minutes()),
                String.valueOf(l.points()),
                String.valueOf(l.runningBalance()),
                l.occurredOn().toString(),
                l.recordedAt().toString(),
                Csv.field(l.policyVersion()),
                Csv.field(l.reverses()),
                Csv.field(l.reversedBy()),
                Csv.field(l.reportId()));
    }
}
