package org.pointsbank.api.report;

import java.util.List;

/** A page of reports, newest first, and the {@code nextCursor} of the next page (absent on the last). */
public record ReportPageResponse(List<ReportResponse> reports, String nextCursor) {}
