package org.pointsbank.api.http;

/**
 * A streamed export failed after its first bytes were sent: the status (200) is gone, so no problem can be
 * answered. {@link ProblemHandler} lets it reach the servlet container, which then closes the connection without
 * ending the chunked body: the client sees a broken transfer, never a short file that looks whole.
 */
public class ExportCut extends RuntimeException {

    public ExportCut(long rowsSent, RuntimeException cause) {
        super("export cut after " + rowsSent + " rows: " + cause.getMessage(), cause);
    }
}
