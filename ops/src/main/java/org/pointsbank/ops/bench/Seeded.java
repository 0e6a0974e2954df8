package org.pointsbank.ops.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pointsbank.ops.Durations;

/** What a seed made: the cards, and the credits by kind, refused by a cap, or failed (by error key). */
public record Seeded(
        List<BenchCard> cards,
        long volunteer,
        long study,
        long cap,
        Map<String, Long> errors,
        Duration cardsTook,
        Duration creditsTook) {

    public Seeded {
        cards = List.copyOf(cards);
        errors = Collections.unmodifiableSortedMap(new TreeMap<>(errors));
    }

    public long credits() {
        return volunteer + study;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Credits recorded per second of the credit phase. */
    public double eventsPerSecond() {
        return credits() / Math.max(1e-9, creditsTook.toNanos() / 1e9);
    }

    public String summary(SeedPlan plan) {
        return String.format(
                Locale.ROOT,
                "seeded %d stations, %d cards in %s, %d credits (%d volunteer hours, "
                        + "%d study sessions; %d cap, %d errors) in %s: %.0f events/s; cards in %s",
                plan.stations(),
                cards.size(),
                Durations.format(cardsTook),
                credits(),
                volunteer,
                study,
                cap,
                errorCount(),
                Durations.format(creditsTook),
                eventsPerSecond(),
                plan.cardsFile());
    }
}
