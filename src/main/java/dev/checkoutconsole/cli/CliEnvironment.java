package dev.checkoutconsole.cli;

import dev.checkoutconsole.service.EmbeddedSandbox;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What the CLI takes from the world around it: environment variables, the embedded sandbox (started only for
 * --sandbox), the terminal for confirmations, and where it prints. Tests pass their own.
 */
public record CliEnvironment(
        Map<String, String> variables,
        EmbeddedSandbox embeddedSandbox,
        Prompter prompter,
        PrintWriter out,
        PrintWriter err) {

    /** A variable's value, or null when it is unset or empty: an empty value counts as unset. */
    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
