package dev.checkoutconsole.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal a question; there is no answer when no terminal is attached. */
@FunctionalInterface
public interface Prompter {

    Optional<String> ask(String question);

    /** The real terminal, if the process has one. */
    static Prompter systemConsole() {
        return question -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(console.readLine("%s", question));
        };
    }
}
