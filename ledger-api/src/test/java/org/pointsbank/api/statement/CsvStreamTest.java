package org.pointsbank.api.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.http.Csv;
import org.pointsbank.api.http.CsvStream;
import org.pointsbank.projections.statement.StatementLine;

/** The statement CSV streams a page at a time and writes exactly what the whole-file rendering wrote. */
class CsvStreamTest {

    private static final int PAGE = StatementController.MAX_LIMIT;

    /** 2,500 lines: two full pages and a partial one; hostile descriptions among them. */
    private static final List<StatementLine> LINES = IntStream.rangeClosed(1, 2_500)
            .mapToObj(n -> new StatementLine(
                    "e" + n,
                    "card-1",
                    n,
                    n % 7 == 0 ? "REVERSAL" : "VOLUNTEER_HOURS",
                    "s1",
                    switch (n % 5) {
                        case 0 -> "=HYPERLINK(\"http://x\")";
                        case 1 -> "tidying, \"the\" park";
                        case 2 -> "two\r\nlines";
                        case 3 -> null;
                        default -> "@sum";
                    },
                    30,
                    n % 7 == 0 ? -5 : 5,
                    5L * n,
                    LocalDate.of(2026, 11, 1).plusDays(n % 28),
                    Instant.parse("2026-11-01T00:00:00Z").plusSeconds(n),
                    "v1",
                    n % 7 == 0 ? "e" + (n - 1) : null,
                    null,
                    null,
                    null))
            .toList();

    private final List<long[]> asked = new ArrayList<>();

    @Test
    void writesTheSameBytesAsTheWholeFileRenderingDid() throws Exception {
        StringWriter out = new StringWriter();

        long rows = CsvStream.write(
                out, StatementCsv.HEADER, -1, PAGE, this::page, StatementLine::sequence, StatementCsv::row);

        assertThat(rows).isEqualTo(LINES.size());
        assertThat(out.toString()).isEqualTo(previousRendering(LINES));
    }

    @Test
    void asksForOnePageAtATimeAndHandsEachPageOnBeforeReadingTheNext() throws Exception {
        StringWriter out = new StringWriter();
        List<Integer> writtenBeforeEachPage = new ArrayList<>();

        CsvStream.write(
                out,
                StatementCsv.HEADER,
                -1,
                PAGE,
                (after, limit) -> {
                    writtenBeforeEachPage.add((int) out.toString().lines().count());
                    return page(after, limit);
                },
                StatementLine::sequence,
                StatementCsv::row);

        assertThat(asked).extracting(a -> a[1]).containsOnly((long) PAGE);
        assertThat(asked).extracting(a -> a[0]).containsExactly(-1L, 1_000L, 2_000L);
        // header, then each page's lines (a quoted description holds a line break: 1 extra line per 5)
        assertThat(writtenBeforeEachPage).containsExactly(1, 1 + 1_200, 1 + 2_400);
    }

    @Test
    void anEmptyStatementIsTheHeaderAlone() throws Exception {
        StringWriter out = new StringWriter();
        CsvStream.write(
                out,
                StatementCsv.HEADER,
                -1,
                PAGE,
                (after, limit) -> List.of(),
                StatementLine::sequence,
                StatementCsv::row);
        assertThat(out.toString()).isEqualTo(StatementCsv.HEADER + "\r\n");
    }

    private List<StatementLine> page(long after, int limit) {
        asked.add(new long[] {after, limit});
        return LINES.stream().filter(l -> l.sequence() > after).limit(limit).toList();
    }

    /** The format as StatementCsv.render built it in memory before the export streamed (kept as the reference). */
    private static String previousRendering(List<StatementLine> lines) {
        StringBuilder csv = new StringBuilder(StatementCsv.HEADER).append("\r\n");
        for (StatementLine l : lines) {
            csv.append(String.join(
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
                            Csv.field(l.reportId())))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
