package org.pointsbank.api.statement;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.pointsbank.api.http.Csv;
import org.pointsbank.api.http.CsvStream;
import org.pointsbank.projections.statement.StatementLine;
import org.pointsbank.projections.statement.StatementRepository;

/** Statement lines as RFC 4180 CSV rows under a header row (written by {@link CsvStream}). */
public final class StatementCsv {

    static final String HEADER = "entryId,type,stationId,description,minutes,points,runningBalance,"
            + "occurredOn,recordedAt,policyVersion,reverses,reversedBy,reportId";

    private StatementCsv() {}

    /**
     * Streams the card's lines recorded in {@code [since, until)} as CSV, a page at a time: the API's
     * {@code Accept: text/csv} statement and the desk's CSV link write the same file. The caller checks the card first.
     */
    public static void stream(
            HttpServletResponse response, StatementRepository statements, String cardId, Instant since, Instant until)
            throws IOException {
        Writer out = CsvStream.open(response);
        CsvStream.write(
                out,
                HEADER,
                -1,
                StatementController.MAX_LIMIT,
                (after, limit) -> statements.page(cardId, since, until, after, limit),
                StatementLine::sequence,
                StatementCsv::row);
    }

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
