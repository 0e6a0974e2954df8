package org.pointsbank.ops;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Shows progress lines on stderr: redrawn in place with a carriage return on a terminal, and as a plain
 * line every few seconds otherwise (a CI log or a file should not get one line per poll).
 */
public final class ProgressPrinter {

    static final Duration PLAIN_LINE_EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private int lastLength;
    private long lastPlainLineAt;
    private boolean printedPlainLine;

    public ProgressPrinter(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    public void update(String line) {
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            long now = nanoTime.getAsLong();
            if (printedPlainLine && now - lastPlainLineAt < PLAIN_LINE_EVERY.toNanos()) {
                return;
            }
            err.println(line);
            lastPlainLineAt = now;
            printedPlainLine = true;
        }
        err.flush();
    }

    /** The last state stays on screen (or in the log), and the cursor moves to a fresh line. */
    public void finish(String line) {
        if (terminal) {
            update(line);
            err.println();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
