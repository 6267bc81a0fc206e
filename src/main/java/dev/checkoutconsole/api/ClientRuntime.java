package dev.checkoutconsole.api;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What the client takes from its surroundings: the time (token expiry, retry budget), the jitter source and the
 * wait between retries. Tests replace them to stay fast and deterministic.
 *
 * @param jitter returns a value in [0, 1) that scales each backoff delay
 */
record ClientRuntime(Clock clock, DoubleSupplier jitter, Pause pause) {

    /** Waits before a retry; must give up with CallCancelledException as soon as the call is cancelled. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration delay, CallControl control);
    }

    static ClientRuntime system() {
        return new ClientRuntime(Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble(),
                (delay, control) -> control.pause(delay));
    }
}
