package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.ApiError;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.ConomyException;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.service.LocalData;
import dev.checkoutconsole.service.ReviewRefusedException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds and runs the command line. Exit codes: 0 success, 1 API or connection error (status, code, type, detail
 * and traceId are printed), a refused review rule or unusable local data, 2 bad usage or bad input (refused before
 * any request is sent).
 */
public final class ConsoleCli {
    public static final int OK = 0;
    public static final int API_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private ConsoleCli() {
    }

    /**
     * The command line with every command and the error handling. {@code extraCommands} are added at the root,
     * for commands that live above this layer (the standalone sandbox).
     */
    public static CommandLine create(CliEnvironment environment, String version, Object... extraCommands) {
        CheckoutConsoleCommand root = new CheckoutConsoleCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        for (Object command : extraCommands) {
            commandLine.addSubcommand(command);
        }
        commandLine.getCommandSpec().version("checkout-console " + version);
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> report(exception, environment.err()));
        commandLine.setParameterExceptionHandler((exception, args) -> {
            environment.err().println("Bad usage: " + exception.getMessage());
            exception.getCommandLine().usage(environment.err());
            environment.err().flush();
            return BAD_INPUT;
        });
        return commandLine;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliEnvironment environment, String version, String[] args, Object... extraCommands) {
        CommandLine commandLine = create(environment, version, extraCommands);
        try {
            return commandLine.execute(args);
        } finally {
            ((CheckoutConsoleCommand) commandLine.getCommand()).closeOpened();
            environment.out().flush();
            environment.err().flush();
        }
    }

    private static int report(Exception exception, PrintWriter err) {
        int exitCode;
        if (exception instanceof InvalidInputException invalid) {
            err.println("Invalid input: " + invalid.getMessage());
            err.println("Nothing was sent.");
            exitCode = BAD_INPUT;
        } else if (exception instanceof ApiErrorException apiError) {
            ApiError error = apiError.error();
            err.println("API error: HTTP " + error.status());
            err.println("  code:    " + orDash(error.code()));
            err.println("  type:    " + orDash(error.type()));
            err.println("  detail:  " + orDash(error.detail()));
            err.println("  traceId: " + orDash(error.traceId()));
            exitCode = API_ERROR;
        } else if (exception instanceof ReviewRefusedException refused) {
            err.println("Refused: " + refused.getMessage());
            exitCode = API_ERROR;
        } else if (LocalData.problemOf(exception).isPresent()) {
            err.println(LocalData.problemOf(exception).get());
            exitCode = API_ERROR;
        } else if (exception instanceof ConomyException conomy) {
            err.println("Connection error: " + conomy.getMessage());
            exitCode = API_ERROR;
        } else {
            err.println("Unexpected error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
            exitCode = API_ERROR;
        }
        err.flush();
        return exitCode;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
