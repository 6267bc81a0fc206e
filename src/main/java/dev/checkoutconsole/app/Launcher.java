package dev.checkoutconsole.app;

import dev.checkoutconsole.api.ProductVersion;
import dev.checkoutconsole.cli.CliEnvironment;
import dev.checkoutconsole.cli.ConsoleCli;
import dev.checkoutconsole.cli.Prompter;
import javafx.application.Application;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The entry point of the jar and the installed launcher. With no arguments it opens the console; with a command
 * it runs the command line (including {@code sandbox}, the standalone server). It does not extend Application, so
 * the JavaFX classes load from the class path of a plain {@code java -jar}. A bare {@code java -jar} start of the
 * console, and a javafx:run one, go on in a tuned second JVM ({@link TunedJvmRelaunch}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            Optional<TunedJvmRelaunch> relaunch = TunedJvmRelaunch.ofThisJvm();
            if (relaunch.isPresent()) {
                try {
                    System.exit(relaunch.get().run());
                } catch (IOException cannotStart) {
                    System.err.println("checkout-console: could not start the console's own JVM (" + cannotStart.getMessage()
                            + "); starting in this one, more slowly");
                }
            }
            Application.launch(ConsoleApplication.class);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CliEnvironment environment = new CliEnvironment(System.getenv(), new EmbeddedSandboxServer(),
                Prompter.systemConsole(), out, err);
        System.exit(ConsoleCli.run(environment, ProductVersion.current(), args, new SandboxCommand()));
    }
}
