package org.pointsbank.core.redemption;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The ledger's clock, moved forward by the test. */
final class MovingClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    MovingClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void at(Instant instant) {
        now = instant;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovingClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
