package dev.checkoutconsole.app;

import dev.checkoutconsole.service.EmbeddedSandbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded sandbox at once, on a background thread, so it seeds its data while the toolkit starts and the
 * window is built; {@link #start()} then only waits for what is left.
 */
final class EarlyStartedSandbox implements EmbeddedSandbox {
    private final CompletableFuture<Running> starting;

    EarlyStartedSandbox(EmbeddedSandbox sandbox) {
        this.starting = CompletableFuture.supplyAsync(sandbox::start);
    }

    @Override
    public Running start() {
        try {
            return starting.join();
        } catch (CompletionException failure) {
            throw failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }
}
