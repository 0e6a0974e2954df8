package org.pointsbank.api.report;

import jakarta.validation.constraints.Size;

/** {@code POST /reports/{reportId}/acceptance}: an optional note for the timeline; the body itself is optional. */
public record AcceptReportRequest(@Size(min = 1, max = 2000) String note) {}
