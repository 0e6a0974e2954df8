package org.pointsbank.ops.bench;

import java.nio.file.Path;
import java.time.LocalDate;

/** What {@code bench seed} makes: stations, cards, credits ({@code events}) with the skew of the card picks. */
public record SeedPlan(
        int stations,
        int cards,
        long events,
        double skew,
        int concurrency,
        LocalDate today,
        int backdatingDays,
        Path cardsFile) {

    public SeedPlan {
        if (stations < 1 || cards < 1 || events < 0 || concurrency < 1 || backdatingDays < 0) {
            throw new IllegalArgumentException(
                    "stations, cards and concurrency must be positive, events and " + "backdating days not negative");
        }
    }
}
