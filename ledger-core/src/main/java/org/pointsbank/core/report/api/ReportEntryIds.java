package org.pointsbank.core.report.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The entry id of a report's reward, derived from the report alone: every attempt to reward the same report names the
 * same entry, and the card refuses a second one as {@code DUPLICATE_ENTRY_ID}. A name-based UUID (version 3) of
 * {@code report:<reportId>}.
 */
public final class ReportEntryIds {

    private ReportEntryIds() {}

    public static String entryIdFor(String reportId) {
        return UUID.nameUUIDFromBytes(("report:" + reportId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
