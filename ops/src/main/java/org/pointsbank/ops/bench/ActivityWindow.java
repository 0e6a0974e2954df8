package org.pointsbank.ops.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The planned window of a bench activity: today in the service's zone, from {@code before} ahead of now to
 * {@code after} past it, in whole minutes and within the day (00:00 to 23:59), so that check-ins sent now fall
 * inside it.
 */
record ActivityWindow(LocalDate date, LocalTime start, LocalTime end) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    static ActivityWindow around(ZonedDateTime now, Duration before, Duration after) {
        ZonedDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime midnight = now.truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime from = minute.minus(before);
        ZonedDateTime to = minute.plus(after);
        LocalTime start = from.isBefore(midnight) ? LocalTime.MIDNIGHT : from.toLocalTime();
        LocalTime end = to.toLocalDate().isAfter(now.toLocalDate()) ? LAST_MINUTE : to.toLocalTime();
        return new ActivityWindow(now.toLocalDate(), start, end);
    }

    long plannedMinutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The fields of {@code POST /stations/{stationId}/activities} this window sets, as JSON members. */
    String json() {
        return "\"date\":\"" + date + "\",\"startTime\":\"" + start.format(HH_MM) + "\",\"endTime\":\""
                + end.format(HH_MM) + "\"";
    }
}
