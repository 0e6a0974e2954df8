package org.pointsbank.projections.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.projections.grid.GridCellProjection;
import org.pointsbank.projections.report.RandomReports.Truth;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly statistics against an oracle: 400 random report histories over a small grid ({@link RandomReports},
 * {@link CityGrid}), fed as events to the grid and report projections in random batches; the expected figures
 * computed here in plain Java from the generated histories. Every figure (reported, accepted, rejected,
 * duplicates, resolved, verified, open, overdue, median hours to resolve) is compared for every month from
 * January to April, every cell (rolled up over the cells below it) and the whole city, every station (and none),
 * and every pair of them; then again after a reset and a replay of the log in one batch.
 */
class ReportStatisticsOracleTest extends ProjectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");
    private static final List<YearMonth> MONTHS =
            List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    private static final List<String> STATIONS = List.of("station-a", "station-b", "station-c", "station-d");

    @Test
    void everyFigureOfEveryCellStationAndMonthIsWhatTheOracleCountsBeforeAndAfterAReplay() {
        CityGrid grid = new CityGrid();
        RandomReports generator = new RandomReports(20261201L, grid, ZONE);
        List<DomainEventMessage<?>> reports = generator.generate(400);
        List<Truth> truths = generator.truths();
        // after every report: the cell's station changes, the reports keep the station they were given
        DomainEventMessage<?> reassigned = new GenericDomainEventMessage<>(
                "GridCell",
                "community-12",
                1,
                new HandlingStationAssigned("community-12", "station-d", "station-c", NOW),
                Map.of());
        List<DomainEventMessage<?>> gridEvents = new ArrayList<>(grid.events);
        gridEvents.add(reassigned);
        TransactionTemplate oneConnection = new TransactionTemplate(transactions);
        oneConnection.executeWithoutResult(s -> {
            gridEvents.forEach(log::append);
            reports.forEach(log::append);
        });

        GridCellProjection cells = new GridCellProjection(jdbc, writes, longStatements);
        ProblemReportProjection projection = new ProblemReportProjection(jdbc, writes, longStatements);
        inOneBatch(cells, gridEvents);
        Random cuts = new Random(7);
        for (int from = 0; from < reports.size(); ) {
            int to = Math.min(reports.size(), from + 1 + cuts.nextInt(80));
            inOneBatch(projection, reports.subList(from, to));
            from = to;
        }

        ReportStatisticsRepository statistics = new ReportStatisticsRepository(jdbc, Clock.system(ZONE));
        Map<String, ReportStatistics> expected = oracle(truths, grid);
        assertThat(inOneTransaction(() -> actual(statistics, grid))).isEqualTo(expected);
        assertThat(parking.parked()).isEmpty();
        theOracleIsNotTrivial(expected);

        oneConnection.executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
        assertThat(statistics.statistics(YearMonth.of(2026, 3), null, null, NOW).reported())
                .isZero();
        inOneBatch(projection, List.<EventMessage<?>>copyOf(reports));
        assertThat(inOneTransaction(() -> actual(statistics, grid))).isEqualTo(expected);
    }

    /** One connection for many small statements (the test database's data source opens one a statement). */
    private <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }

    /** "month cell station" (cell and station "*" for any) → the figures, from the generated histories. */
    private static Map<String, ReportStatistics> oracle(List<Truth> truths, CityGrid grid) {
        Map<String, ReportStatistics> figures = new LinkedHashMap<>();
        for (String key : keys(grid)) {
            String[] k = key.split(" ");
            YearMonth month = YearMonth.parse(k[0]);
            List<Truth> counted = truths.stream()
                    .filter(t -> YearMonth.from(t.submittedAt().atZone(ZONE)).equals(month))
                    .filter(t -> k[1].equals("*") || grid.within(t.cell(), k[1]))
                    .filter(t -> k[2].equals("*") || k[2].equals(t.station()))
                    .toList();
            List<Long> seconds = counted.stream()
                    .filter(t -> t.lastResolvedAt() != null)
                    .map(t -> Duration.between(t.submittedAt(), t.lastResolvedAt())
                            .toSeconds())
                    .sorted()
                    .toList();
            figures.put(
                    key,
                    new ReportStatistics(
                            counted.size(),
                            counted.stream().filter(Truth::accepted).count(),
                            counted.stream()
                                    .filter(t -> t.status().equals("REJECTED"))
                                    .count(),
                            counted.stream()
                                    .filter(t -> t.status().equals("DUPLICATE"))
                                    .count(),
                            seconds.size(),
                            counted.stream()
                                    .filter(t -> t.status().equals("VERIFIED"))
                                    .count(),
                            counted.stream()
                                    .filter(ReportStatisticsOracleTest::open)
                                    .count(),
                            counted.stream()
                                    .filter(t -> open(t)
                                            && t.lastDueBy() != null
                                            && t.lastDueBy().isBefore(NOW))
                                    .count(),
                            medianHours(seconds)));
        }
        return figures;
    }

    private static boolean open(Truth t) {
        return !List.of("VERIFIED", "REJECTED", "DUPLICATE").contains(t.status());
    }

    /** The exact median of whole seconds, in hours, rounded half up to one decimal; null for none. */
    private static Double medianHours(List<Long> sortedSeconds) {
        int n = sortedSeconds.size();
        if (n == 0) {
            return null;
        }
        BigDecimal twiceMedian = n % 2 == 1
                ? BigDecimal.valueOf(2 * sortedSeconds.get(n / 2))
                : BigDecimal.valueOf(sortedSeconds.get(n / 2 - 1) + sortedSeconds.get(n / 2));
        return twiceMedian
                .divide(BigDecimal.valueOf(7200), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Map<String, ReportStatistics> actual(ReportStatisticsRepository statistics, CityGrid grid) {
        Map<String, ReportStatistics> figures = new LinkedHashMap<>();
        for (String key : keys(grid)) {
            String[] k = key.split(" ");
            figures.put(
                    key,
                    statistics.statistics(
                            YearMonth.parse(k[0]),
                            k[1].equals("*") ? null : k[1],
                            k[2].equals("*") ? null : k[2],
                            NOW));
        }
        return figures;
    }

    private static List<String> keys(CityGrid grid) {
        List<String> cells = new ArrayList<>(grid.cells());
        cells.add("*");
        List<String> stations = new ArrayList<>(STATIONS);
        stations.add("*");
        List<String> keys = new ArrayList<>();
        for (YearMonth month : MONTHS) {
            for (String cell : cells) {
                for (String station : stations) {
                    keys.add(month + " " + cell + " " + station);
                }
            }
        }
        return keys;
    }

    /** The histories reach every figure: a comparison of zeros would prove nothing. */
    private static void theOracleIsNotTrivial(Map<String, ReportStatistics> expected) {
        List<ReportStatistics> cityMonths =
                MONTHS.stream().map(m -> expected.get(m + " * *")).toList();
        assertThat(cityMonths).allSatisfy(s -> assertThat(s.reported()).isPositive());
        ReportStatistics march = expected.get("2026-03 * *");
        assertThat(List.of(
                        march.accepted(),
                        march.rejected(),
                        march.duplicates(),
                        march.resolved(),
                        march.verified(),
                        march.open(),
                        march.overdue()))
                .allSatisfy(figure -> assertThat(figure).isPositive());
        assertThat(march.medianHoursToResolve()).isNotNull();
        assertThat(expected.get("2026-02 street-2 *").reported()).isPositive();
        assertThat(expected.get("2026-02 community-12 station-c").reported()).isPositive();
        assertThat(expected.get("2026-02 * station-d").reported()).isZero();
    }
}
