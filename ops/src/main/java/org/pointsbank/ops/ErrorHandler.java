package org.pointsbank.ops;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Failures the operator can act on become one {@code error:} line on stderr and exit code 1. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) throws Exception {
        if (!(e instanceof OpsFailure)) {
            throw e;
        }
        command.getErr().println(command.getColorScheme().errorText("error: " + e.getMessage()));
        command.getErr().flush();
        return ExitCodes.ERROR;
    }
}
