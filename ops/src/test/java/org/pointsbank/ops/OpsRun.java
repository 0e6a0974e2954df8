package org.pointsbank.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
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

    /** {@code base}, then {@code extra}, then the option-value pairs of {@code defaults} that {@code extra} does not set. */
    static String[] args(List<String> base, List<String> defaults, String... extra) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(extra));
        for (int i = 0; i + 1 < defaults.size(); i += 2) {
            if (!List.of(extra).contains(defaults.get(i))) {
                all.add(defaults.get(i));
                all.add(defaults.get(i + 1));
            }
        }
        return all.toArray(String[]::new);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
