package dev.checkoutconsole.cli;

import dev.checkoutconsole.service.Cancellation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A leaf command that talks to the API through the root command's connection and output settings. */
abstract class ApiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    CheckoutConsoleCommand root() {
        return (CheckoutConsoleCommand) spec.root().userObject();
    }

    /** A CLI command runs to its end or until the process is stopped; nothing cancels it from inside. */
    static Cancellation uncancellable() {
        return new Cancellation();
    }
}
