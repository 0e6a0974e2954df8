package org.pointsbank.projections.report;

import static org.pointsbank.projections.testing.CardEvents.card;
import static org.pointsbank.projections.testing.ReportEvents.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ReportEvents;

/**
 * Random lifecycles of problem reports over a {@link CityGrid}, from a seed: some left submitted, rejected, marked
 * duplicate of an earlier report (and linked on it), accepted and left, dispatched with a due date in the past or
 * the future (or none), resolved with any outcome, sent back by NOT_FIXED and dispatched again, verified and
 * rewarded (or the reward refused). Submissions fall over three months in the service's zone, a share of them in
 * the hours around a month's turn, where the zone decides the month. Every step is whole seconds after the one
 * before. What the oracle needs of each report ({@link Truth}) is written down as its history is made, in plain
 * Java; the events are made afterwards, in log (time) order.
 */
final class RandomReports {

    /** What the statistics depend on, as the generator decided it. */
    record Truth(
            String cell,
            String station,
            Instant submittedAt,
            boolean accepted,
            String status,
            Instant lastResolvedAt,
            Instant lastDueBy) {}

    private record Step(Instant at, long order, Supplier<DomainEventMessage<?>> event) {}

    private final Random random;
    private final CityGrid grid;
    private final ZoneId zone;
    private final List<Truth> truths = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, CardEvents> cards = new HashMap<>();
    private final Map<String, ReportEvents> byId = new HashMap<>();
    private long order;

    RandomReports(long seed, CityGrid grid, ZoneId zone) {
        this.random = new Random(seed);
        this.grid = grid;
        this.zone = zone;
    }

    List<Truth> truths() {
        return truths;
    }

    /** Generates {@code count} reports; answers their events (and their rewards') in log order. */
    List<DomainEventMessage<?>> generate(int count) {
        List<String> cells = grid.cells();
        List<Integer> originals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String cell = cells.get(random.nextInt(cells.size()));
            String cardId = "card-" + random.nextInt(25);
            ReportEvents r = report("report-" + i, cardId);
            byId.put(r.id(), r);
            truths.add(history(r, cardId, cell, submission(), originals));
        }
        steps.sort(Comparator.comparing(Step::at).thenComparingLong(Step::order));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        steps.forEach(s -> events.add(s.event().get()));
        return events;
    }

    private Truth history(ReportEvents r, String cardId, String cell, Instant submitted, List<Integer> originals) {
        String station = grid.handlingStation(cell);
        step(submitted, () -> r.submitted("drain", cell, station, "volunteer", submitted));
        Instant t = submitted;
        if (random.nextInt(4) == 0) {
            Instant at = t = later(t);
            step(at, () -> r.photo(r.id() + "-photo", "volunteer", at));
        }
        int triage = random.nextInt(100);
        if (triage < 10) {
            return new Truth(cell, station, submitted, false, "SUBMITTED", null, null);
        }
        if (triage < 22) {
            Instant at = later(t);
            step(at, () -> r.rejected("clerk", at));
            return new Truth(cell, station, submitted, false, "REJECTED", null, null);
        }
        List<Integer> earlier = originals.stream()
                .filter(o -> truths.get(o).submittedAt().isBefore(submitted))
                .toList();
        if (triage < 32 && !earlier.isEmpty()) {
            String original = "report-" + earlier.get(random.nextInt(earlier.size()));
            Instant at = later(t);
            step(at, () -> r.duplicateOf(original, "clerk", at));
            step(at, () -> linkOn(original, r.id(), at));
            return new Truth(cell, station, submitted, false, "DUPLICATE", null, null);
        }
        originals.add(truths.size());
        int points = random.nextInt(4) == 0 ? 0 : 5 + random.nextInt(20);
        Instant accepted = t = later(t);
        step(accepted, () -> r.accepted(points, "clerk", accepted));
        String status = "ACCEPTED";
        Instant resolvedAt = null;
        Instant dueBy = null;
        for (int round = 0; round < 3; round++) {
            if (random.nextInt(100) < 15) {
                break;
            }
            if (random.nextInt(10) > 0) { // a resolution may follow ACCEPTED without a dispatch
                Instant at = t = later(t);
                Instant due = random.nextInt(5) == 0 ? null : at.plusSeconds(3600L + random.nextInt(400 * 3600));
                step(at, () -> r.dispatched("crew", due, "clerk", at));
                status = "DISPATCHED";
                dueBy = due;
                if (random.nextInt(100) < 20) {
                    break;
                }
            }
            ResolutionOutcome outcome = ResolutionOutcome.values()[random.nextInt(3)];
            Instant resolved = t = later(t);
            step(resolved, () -> r.resolved(outcome, "crew", resolved));
            status = "RESOLVED";
            resolvedAt = resolved;
            int verdict = random.nextInt(100);
            if (verdict < 30) {
                break;
            }
            Instant at = t = later(t);
            if (verdict < 55) {
                step(at, () -> r.reopened("inspector", at));
                status = "ACCEPTED";
                continue;
            }
            int due = outcome == ResolutionOutcome.NO_ACTION_NEEDED ? 0 : points;
            step(at, () -> r.verified(due, "inspector", at));
            status = "VERIFIED";
            if (due > 0) {
                if (random.nextInt(5) == 0) {
                    step(at, () -> r.rewardRefused("DAILY_LIMIT_EXCEEDED", at));
                } else {
                    CardEvents reporter = cards.computeIfAbsent(cardId, id -> card(id, "station-a"));
                    step(
                            at,
                            () -> reporter.recordedAt(at)
                                    .rewarded(station, r.id(), r.entryId(), due, LocalDate.ofInstant(at, zone)));
                }
            }
            break;
        }
        return new Truth(cell, station, submitted, true, status, resolvedAt, dueBy);
    }

    private DomainEventMessage<?> linkOn(String original, String duplicate, Instant at) {
        return byId.get(original).linked(duplicate, "clerk", at);
    }

    private void step(Instant at, Supplier<DomainEventMessage<?>> event) {
        steps.add(new Step(at, order++, event));
    }

    /**
     * A submission time in January to March, whole seconds; one in five within 12 hours of the turn of February,
     * March or April (so April has a few).
     */
    private Instant submission() {
        LocalDateTime local;
        if (random.nextInt(5) == 0) {
            LocalDateTime turn = LocalDate.of(2026, 2 + random.nextInt(3), 1).atStartOfDay();
            local = turn.plusSeconds(random.nextInt(2 * 12 * 3600) - 12 * 3600L);
        } else {
            local = LocalDate.of(2026, 1, 1).atStartOfDay().plusSeconds(random.nextInt(90 * 24 * 3600));
        }
        return local.atZone(zone).toInstant();
    }

    /** A minute to three days later, whole seconds. */
    private Instant later(Instant t) {
        return t.plusSeconds(60 + random.nextInt(72 * 3600));
    }
}
