package org.pointsbank.ops;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Do the read-model balances agree with what the event log adds up to? Exit code 2 when not. */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = "Compare read-model balances with the event log; exit code 2 when they differ.")
final class ReconcileCommand implements Callable<Integer> {

    @ParentCommand
    PointsBankOps ops;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reconciliation result = ops.client().get("/api/v1/audit/reconciliation", Reconciliation.class);
        PrintWriter out = spec.commandLine().getOut();
        String scope = result.cardsChecked() + " cards checked through event " + result.checkedThrough();
        if (result.clean()) {
            out.println("reconciliation OK: " + scope);
            return ExitCodes.OK;
        }
        int count = result.differences().size();
        out.println("reconciliation FAILED: " + count + (count == 1 ? " difference" : " differences") + " in " + scope);
        if (count > 0) {
            out.println();
            Table table = new Table("CARD", "LOG BALANCE", "READ MODEL BALANCE", "DIFFERENCE", "HELD (LOG / MODEL)")
                    .alignRight(1, 2, 3, 4);
            result.differences()
                    .forEach(d -> table.row(
                            d.cardId(),
                            d.logBalance(),
                            d.readModelBalance(),
                            (d.delta() > 0 ? "+" : "") + d.delta(),
                            d.held()));
            table.lines().forEach(out::println);
        }
        return ExitCodes.DISCREPANCY;
    }
}
