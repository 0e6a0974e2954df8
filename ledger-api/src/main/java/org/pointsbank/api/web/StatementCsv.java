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
            csv.append(String.join(",", field(l.entryId()), field(l.type()), field(l.stationId()),
                            field(l.description()), String.valueOf(l.minutes()), String.valueOf(l.points()),
                            String.valueOf(l.runningBalance()), l.occurredOn().toString(),
                            l.recordedAt().toString(), field(l.policyVersion()), field(l.reverses()),
                            field(l.reversedBy())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a field when needed; a leading formula character is neutralised for spreadsheets. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
