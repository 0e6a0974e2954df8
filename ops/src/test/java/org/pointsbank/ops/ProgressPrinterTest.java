package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void redrawsInPlaceOnATerminalAndBlanksWhatAShorterLineLeaves() {
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), true, nanos::get);

        progress.update("abcdef");
        progress.update("xyz");
        progress.finish("done");

        assertThat(err.toString()).isEqualTo("\rabcdef\rxyz   \rdone" + System.lineSeparator());
    }

    @Test
    void writesAPlainLineEveryFewSecondsWhenNotATerminal() {
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), false, nanos::get);

        progress.update("first");
        nanos.addAndGet(ProgressPrinter.PLAIN_LINE_EVERY.toNanos() - 1);
        progress.update("too soon");
        nanos.addAndGet(1);
        progress.update("second");
        progress.finish("last");

        assertThat(err.toString().lines()).containsExactly("first", "second", "last");
        assertThat(err.toString()).doesNotContain("\r");
    }
}
