package dev.checkoutconsole.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of now: the system clock plus an offset that tests and the demo move forward, so sessions,
 * links and tokens expire without waiting. It never goes back, so stored times stay ordered.
 */
public final class SandboxClock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Now, to the millisecond, as the API's timestamps are. */
    public Instant now() {
        return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        offset.accumulateAndGet(duration, Duration::plus);
    }
}
