package org.pointsbank.ops;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Is the event log's hash chain intact from the first event to the head? Exit code 2 when not. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify the event log's hash chain; exit code 2 at the first mismatch.")
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    PointsBankOps ops;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Verification result = ops.client().get("/api/v1/audit/verification", Verification.class);
        PrintWriter out = spec.commandLine().getOut();
        String scope = result.eventsChecked() + " events checked, chain verified through " + result.verifiedThrough()
                + ", head " + result.head()
                + (result.chainLag() == null ? "" : ", " + result.chainLag() + " later events verified by their seals");
        if (result.clean()) {
            out.println("verification OK: " + scope);
            return ExitCodes.OK;
        }
        Mismatch first = result.firstMismatch();
        out.println(
                first == null
                        ? "verification FAILED: the service reports a broken chain but names no mismatch"
                        : "verification FAILED: " + first.problem() + " event at position " + first.position()
                                + " (event " + first.eventIdentifier() + ")");
        out.println(scope);
        return ExitCodes.DISCREPANCY;
    }
}
