package org.pointsbank.ops.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The live check-in code of an activity, read as staff ({@code GET /activities/{activityId}/check-in-code}) and
 * read again when it expires ({@link #delay}), on a thread of its own, so that a volunteer's request always
 * carries the current code (or, just after a change, the previous one, which the service still accepts). A read
 * that fails keeps the code held and is tried again after {@link #RETRY}.
 */
final class CheckInCodes implements AutoCloseable {

    static final Duration SHORTEST = Duration.ofMillis(250);
    static final Duration LONGEST = Duration.ofSeconds(10);
    static final Duration RETRY = Duration.ofSeconds(1);
    /** Read a little after the change, so that the new code is the one answered. */
    static final Duration AFTER_CHANGE = Duration.ofMillis(100);

    private final ActivityApi staff;
    private final String activityId;
    private final InstantSource clock;
    private final AtomicReference<ActivityApi.CheckInCode> current = new AtomicReference<>();
    private final LongAdder reads = new LongAdder();
    private final LongAdder failedReads = new LongAdder();
    private Thread refresher;

    CheckInCodes(ActivityApi staff, String activityId, InstantSource clock) {
        this.staff = staff;
        this.activityId = activityId;
        this.clock = clock;
    }

    /** Reads the first code (an {@code OpsFailure} when refused), then keeps it fresh until {@link #close}. */
    CheckInCodes start() throws IOException, InterruptedException {
        current.set(staff.checkInCode(activityId));
        reads.increment();
        refresher = new Thread(this::refresh, "bench-check-in-code");
        refresher.setDaemon(true);
        refresher.start();
        return this;
    }

    String code() {
        return current.get().code();
    }

    long reads() {
        return reads.sum();
    }

    long failedReads() {
        return failedReads.sum();
    }

    /** How long to wait before reading again: until just after it expires, within [SHORTEST, LONGEST]. */
    static Duration delay(Instant expiresAt, Instant now) {
        Duration until = Duration.between(now, expiresAt).plus(AFTER_CHANGE);
        return until.compareTo(SHORTEST) < 0 ? SHORTEST : until.compareTo(LONGEST) > 0 ? LONGEST : until;
    }

    private void refresh() {
        Duration wait = delay(current.get().expiresAt(), clock.instant());
        while (!Thread.currentThread().isInterrupted()) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait.toNanos());
                ActivityApi.CheckInCode code = staff.checkInCode(activityId);
                current.set(code);
                reads.increment();
                wait = delay(code.expiresAt(), clock.instant());
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                failedReads.increment();
                wait = RETRY;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (refresher != null) {
            refresher.interrupt();
            refresher.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
