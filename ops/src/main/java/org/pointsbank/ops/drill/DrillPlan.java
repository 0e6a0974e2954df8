package org.pointsbank.ops.drill;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The size of a cluster drill: {@code clients} threads each sending {@code credits} credits over {@code cards}
 * cards; every {@code resendEvery}-th acknowledged credit sent again with its key to another instance (0: none);
 * {@code redemptions} placed on one instance and finished on another, alternately fulfilled and cancelled, while
 * the credits run; then up to {@code settle} for the read models to agree.
 */
record DrillPlan(
        int clients,
        int credits,
        int cards,
        int redemptions,
        int resendEvery,
        LocalDate today,
        int backdatingDays,
        Duration settle) {

    /** Volunteer minutes of each drill credit (1 point) and of each card's first credit (10 points). */
    static final int CREDIT_MINUTES = 6;

    static final int FIRST_CREDIT_MINUTES = 60;

    DrillPlan {
        if (clients < 1 || credits < 0 || cards < 1 || redemptions < 0 || resendEvery < 0) {
            throw new IllegalArgumentException(
                    "--clients and --cards must be positive, --credits, --redemptions, --resend-every not negative");
        }
    }

    long totalCredits() {
        return (long) clients * credits;
    }
}
