package org.pointsbank.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of {@code points-bank-ops} in-process: its exit code and what it printed. */
record OpsRun(int exitCode, String out, String err) {

    static OpsRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = PointsBankOps.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new OpsRun(exitCode, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
