package org.pointsbank.api.pages.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the desk shows them: minutes in the business zone ({@code times.at(report.submittedAt)}). */
public record DeskTimes(ZoneId zone) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String at(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }
}
