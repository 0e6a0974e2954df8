package org.pointsbank.api.http;

import org.springframework.http.HttpStatus;

/** A whole-log scan refused because as many as allowed are running ({@link WholeLogScans}). */
public class ScanRefused extends ApiException {

    /** A scan of a large log takes seconds to minutes. */
    public static final String RETRY_AFTER_SECONDS = "10";

    public ScanRefused() {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                "RATE_LIMITED",
                "a scan of the whole event log is already running on this node; try again when it has finished");
    }
}
