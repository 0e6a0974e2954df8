package org.pointsbank.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Every projection, its status and how far behind the event log it is. */
@Command(
        name = "projections",
        mixinStandardHelpOptions = true,
        description = "List the projections with status, position, head and lag.")
final class ProjectionsCommand implements Callable<Integer> {

    @ParentCommand
    PointsBankOps ops;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ProjectionStatus> projections =
                ops.client().get("/api/v1/admin/projections", new TypeReference<List<ProjectionStatus>>() {});
        PrintWriter out = spec.commandLine().getOut();
        if (projections.isEmpty()) {
            out.println("no projections");
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "STATUS", "POSITION", "HEAD", "LAG").alignRight(2, 3, 4);
        projections.forEach(p -> table.row(p.name(), p.status(), p.position(), p.head(), p.lag()));
        table.lines().forEach(out::println);
        return ExitCodes.OK;
    }
}
