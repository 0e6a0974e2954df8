package org.pointsbank.api.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pointsbank.core.shared.EntryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Business totals as gauges, read from the read models once a minute on each instance and served from memory at
 * every scrape. Totals rather than counters: every instance reports the same figures, which a replay or a restart
 * does not change (a counter per instance would restart at zero and count again what another instance counted). A
 * rate is {@code deriv()} or {@code delta()} of the total.
 */
@Component
class BusinessMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(BusinessMetrics.class);
    private static final Set<String> CREDITS = Set.of(
            EntryType.VOLUNTEER_HOURS.name(),
            EntryType.STUDY_SESSION.name(),
            EntryType.COMMENDATION_BONUS.name(),
            EntryType.PROBLEM_REPORT.name());

    private final BusinessFigures figures;
    private final MultiGauge entries;
    private final MultiGauge entryPoints;
    private final MultiGauge issued;
    private final MultiGauge spent;
    private final MultiGauge reversed;
    private final MultiGauge redemptions;
    private final MultiGauge reports;
    private final MultiGauge activities;

    BusinessMetrics(BusinessFigures figures, MeterRegistry registry) {
        this.figures = figures;
        this.entries = gauge(registry, "pointsbank.entries", "statement entries recorded, by type and station");
        this.entryPoints = gauge(
                registry,
                "pointsbank.entries.points",
                "the points of those entries, by type and station (negative for spending and reversals)");
        this.issued = gauge(
                registry,
                "pointsbank.points.issued",
                "points credited (volunteer hours, study, commendations, reports), by station, before reversals");
        this.spent = gauge(registry, "pointsbank.points.spent", "points spent on gifts handed over, by station");
        this.reversed = gauge(registry, "pointsbank.points.reversed", "points taken back by reversals, by station");
        this.redemptions = gauge(
                registry,
                "pointsbank.redemptions",
                "gift redemptions by outcome (RESERVED, FULFILLED, CANCELLED, EXPIRED) and station");
        this.reports = gauge(registry, "pointsbank.reports", "problem reports by state and station");
        this.activities =
                gauge(registry, "pointsbank.activities", "activities by state: OPEN, CLOSED, CANCELLED (all stations)");
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    /** Reads every total again; the gauges keep their last figures when the database cannot be read. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
    void refresh() {
        try {
            List<BusinessFigures.Entries> rows = figures.entries();
            entries.register(
                    rows.stream()
                            .<MultiGauge.Row<?>>map(e -> row(e.count(), "type", e.type(), e.station()))
                            .toList(),
                    true);
            entryPoints.register(
                    rows.stream()
                            .<MultiGauge.Row<?>>map(e -> row(e.points(), "type", e.type(), e.station()))
                            .toList(),
                    true);
            issued.register(byStation(rows, CREDITS, 1), true);
            spent.register(byStation(rows, Set.of(EntryType.GIFT_REDEMPTION.name()), -1), true);
            reversed.register(byStation(rows, Set.of(EntryType.REVERSAL.name()), -1), true);
            redemptions.register(counts(figures.redemptions(), "outcome"), true);
            reports.register(counts(figures.reports(), "state"), true);
            activities.register(counts(figures.activities(), "state"), true);
        } catch (DataAccessException e) {
            LOG.warn("could not read the business figures; the gauges keep their last values: {}", e.getMessage());
        }
    }

    private static List<MultiGauge.Row<?>> byStation(List<BusinessFigures.Entries> rows, Set<String> types, int sign) {
        Map<String, Long> points = new TreeMap<>();
        // every station with entries has a figure, 0 where it has none of these types: absent means no entries at all
        rows.forEach(e -> points.merge(e.station(), types.contains(e.type()) ? sign * e.points() : 0, Long::sum));
        return points.entrySet().stream()
                .<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("station", p.getKey()), p.getValue()))
                .toList();
    }

    private static List<MultiGauge.Row<?>> counts(List<BusinessFigures.Count> rows, String tag) {
        return rows.stream()
                .<MultiGauge.Row<?>>map(c -> row(c.count(), tag, c.state(), c.station()))
                .toList();
    }

    private static MultiGauge.Row<?> row(long value, String tag, String tagValue, String station) {
        Tags tags = Tags.of(tag, tagValue);
        return MultiGauge.Row.of(station == null ? tags : tags.and("station", station), value);
    }
}
