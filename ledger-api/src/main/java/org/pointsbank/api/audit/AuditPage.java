package org.pointsbank.api.audit;

import java.util.List;
import org.pointsbank.projections.audit.AuditEntry;

/** A page of the audit trail; {@code nextAfter} is null on the last page. */
public record AuditPage(List<AuditEntry> events, Long nextAfter) {}
