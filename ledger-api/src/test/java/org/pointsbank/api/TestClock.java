package org.pointsbank.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in the integration tests: the real time, shifted. A test that needs another day
 * travels there (months of its own, years ahead, so it shares them with no other test) and the base class
 * puts the clock back after each test.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public TestClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** Noon of {@code day} in the service's zone, and time running on from there. */
    public void travelTo(LocalDate day) {
        travelTo(day.atTime(LocalTime.NOON).atZone(zone).toInstant());
    }

    public void travelTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
