package org.pointsbank.ops;

import java.io.Console;
import java.net.URI;
import java.time.Duration;
import org.pointsbank.ops.bench.BenchCommand;
import org.pointsbank.ops.drill.DrillCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: where the service is and who is asking; the work is in the subcommands. */
@Command(
        name = "points-bank-ops",
        mixinStandardHelpOptions = true,
        version = "points-bank-ops 0.1.0",
        description = "Operate and audit a running Points Bank service over HTTP.",
        subcommands = {
            RebuildCommand.class,
            ProjectionsCommand.class,
            ReconcileCommand.class,
            VerifyCommand.class,
            BenchCommand.class,
            DrillCommand.class
        },
        exitCodeOnInvalidInput = ExitCodes.ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (reconcile, verify: no discrepancy)",
            "1:error (HTTP problem, unreachable, timeout, bad usage)",
            "2:reconcile found differences, or verify found a mismatch"
        })
public class PointsBankOps implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--url",
            scope = ScopeType.INHERIT,
            defaultValue = "${env:POINTSBANK_URL:-http://localhost:8080}",
            description = "Base URL of the service (env POINTSBANK_URL). Default: ${DEFAULT-VALUE}")
    URI url;

    @Option(
            names = "--user",
            scope = ScopeType.INHERIT,
            defaultValue = "${env:POINTSBANK_USER:-admin}",
            description = "User name for HTTP Basic (env POINTSBANK_USER). Default: ${DEFAULT-VALUE}")
    String user;

    @Option(
            names = "--password",
            scope = ScopeType.INHERIT,
            interactive = true,
            arity = "0..1",
            prompt = "Password: ",
            defaultValue = "${env:POINTSBANK_PASSWORD}",
            showDefaultValue = Visibility.NEVER,
            description =
                    "Password (env POINTSBANK_PASSWORD); prompted for when absent, or when given without a value.")
    String password;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new PointsBankOps()).setExecutionExceptionHandler(new ErrorHandler());
        // Picocli's default for bad usage is 2, which here means "discrepancy found".
        badUsageExitsWithError(commandLine);
        return commandLine;
    }

    private static void badUsageExitsWithError(CommandLine commandLine) {
        commandLine.getSubcommands().values().forEach(sub -> {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.ERROR);
            badUsageExitsWithError(sub);
        });
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand");
    }

    OpsClient client() {
        return new OpsClient(baseUrl(), user, password(), Duration.ofSeconds(30));
    }

    /** {@code --url}, checked to be an http(s) URL (bad usage otherwise). */
    public URI baseUrl() {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--url must start with http:// or https://, not: " + url);
        }
        return url;
    }

    /** {@code --user}. */
    public String user() {
        return user;
    }

    /** {@code --password}, else the environment, else asked for on the terminal. */
    public String password() {
        if (password != null) {
            return password;
        }
        Console console = System.console();
        if (console == null) {
            throw new OpsFailure(
                    "no password: pass --password, set POINTSBANK_PASSWORD, or run in a terminal to be asked");
        }
        char[] typed = console.readPassword("Password for %s at %s: ", user, url);
        if (typed == null) {
            throw new OpsFailure("no password given");
        }
        return new String(typed);
    }
}
