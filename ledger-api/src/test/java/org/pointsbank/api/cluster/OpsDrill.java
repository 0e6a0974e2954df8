package org.pointsbank.api.cluster;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.pointsbank.ops.PointsBankOps;
import picocli.CommandLine;

/** One in-process run of the ops tool's {@code drill cluster} as the admin of {@link TwoInstances}: exit and output. */
record OpsDrill(int exit, String out) {

    static OpsDrill cluster(String urls, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--user", "admin", "--password", TwoInstances.ADMIN_PASSWORD, "drill", "cluster", "--urls", urls));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        CommandLine commandLine = PointsBankOps.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exit = commandLine.execute(args.toArray(String[]::new));
        System.out.print(out); // the drill's figures, in the test's log
        return new OpsDrill(exit, out.toString());
    }

    static String urls(int... ports) {
        List<String> urls = new ArrayList<>();
        for (int port : ports) {
            urls.add("http://localhost:" + port);
        }
        return String.join(",", urls);
    }
}
