package org.pointsbank.api.web;

import java.util.List;
import org.pointsbank.projections.statement.StatementLine;

/** Renders statement lines as RFC 4180 CSV with a header row. */
final class StatementCsv {

    static final String HEADER = "entryId,type,stationId,description,minutes,points,runningBalance,"
            + "occurredOn,recordedAt,policyVersion,reverses,reversedBy";

    private StatementCsv() {
    }

    static String render(List<StatementLine> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (StatementLine l : lines) {
            csv.append(String.join(",", Csv.field(l.entryId()), Csv.field(l.type()), Csv.field(l.stationId()),
                            Csv.field(l.description()), String.valueOf(l.minutes()), String.valueOf(l.points()),
                            String.valueOf(l.runningBalance()), l.occurredOn().toString(),
                            l.recordedAt().toString(), Csv.field(l.policyVersion()), Csv.field(l.reverses()),
                            Csv.field(l.reversedBy())))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
