package org.pointsbank.api.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Writes a CSV export page by page as it is read (RFC 4180 lines, CRLF): at most one page of rows
 * is in memory, however long the export, and each page is its own short keyset query, so no
 * transaction stays open while a slow client reads. Refusals (unknown card, no access) happen
 * before the first byte and still answer problem+json. A failure after the first page has been sent cannot be
 * answered (the status, 200, is gone): it breaks the transfer ({@link ExportCut}), so a client never takes a cut
 * export for a whole one.
 */
public final class CsvStream {

    /** Rows after a position, in position order, at most {@code limit}. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> after(long position, int limit);
    }

    private CsvStream() {}

    /** The response's writer for a CSV body: UTF-8, buffered (a page is flushed to the client as a whole). */
    public static Writer open(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code header}, then every row after {@code start}, asking {@code pages} for
     * {@code pageSize} rows at a time and flushing each page before asking for the next.
     */
    public static <T> long write(
            Writer out,
            String header,
            long start,
            int pageSize,
            Pages<T> pages,
            ToLongFunction<T> position,
            Function<T, String> row)
            throws IOException {
        out.write(header);
        out.write("\r\n");
        long after = start;
        long rows = 0;
        List<T> page;
        do {
            try {
                page = pages.after(after, pageSize);
            } catch (RuntimeException failure) {
                if (rows == 0) {
                    throw failure; // nothing sent yet but the header, still buffered: answered as a problem
                }
                throw new ExportCut(rows, failure);
            }
            for (T item : page) {
                out.write(row.apply(item));
                out.write("\r\n");
                after = position.applyAsLong(item);
            }
            rows += page.size();
            out.flush();
        } while (page.size() == pageSize);
        return rows;
    }
}
