package org.pointsbank.ops;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The rebuild progress line as a pure function:
 * {@code [#########-----------]  45% 450123/1000000 events  12345 ev/s  eta 44s}.
 */
public final class ProgressBar {

    private ProgressBar() {}

    /**
     * @param position events processed so far (clamped to {@code 0..head})
     * @param head     the last event in the log; 0 means an empty log, shown as done
     * @param rate     events per second; zero, negative or NaN means "not known yet"
     * @param width    cells inside the brackets
     */
    static String render(long position, long head, double rate, int width) {
        if (width < 0) {
            throw new IllegalArgumentException("width must not be negative: " + width);
        }
        double done = fraction(position, head);
        int filled = (int) Math.floor(done * width);
        String eta = eta(position, head, rate).map(Durations::format).orElse("--");
        String speed = known(rate) ? Long.toString((long) rate) : "--";
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]"
                + String.format(
                        Locale.ROOT,
                        " %3d%% %d/%d events  %s ev/s  eta %s",
                        (int) Math.floor(done * 100),
                        Math.max(0, position),
                        head,
                        speed,
                        eta);
    }

    /** Time left at this rate, in whole seconds (rounded down); empty while the rate is not known. */
    public static Optional<Duration> eta(long position, long head, double rate) {
        long remaining = Math.max(0, head - Math.max(0, position));
        if (remaining == 0) {
            return Optional.of(Duration.ZERO);
        }
        if (!known(rate)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds((long) Math.floor(remaining / rate)));
    }

    private static double fraction(long position, long head) {
        if (head <= 0) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0.0, (double) position / head));
    }

    private static boolean known(double rate) {
        return rate > 0 && Double.isFinite(rate);
    }
}
