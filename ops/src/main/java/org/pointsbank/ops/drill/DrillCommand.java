package org.pointsbank.ops.drill;

import org.pointsbank.ops.PointsBankOps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code drill}: drills against a running deployment (see ops/README.md, "Drills"). */
@Command(
        name = "drill",
        mixinStandardHelpOptions = true,
        description = "Drills against a running deployment (see ops/README.md, \"Drills\").",
        subcommands = {ClusterDrillCommand.class})
public final class DrillCommand implements Runnable {

    @ParentCommand
    PointsBankOps ops;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a drill: cluster");
    }

    PointsBankOps ops() {
        return ops;
    }
}
