package dev.checkoutconsole.api;

import dev.checkoutconsole.api.ClientConfig.RetryPolicy;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a failed safe call is tried again, and after how long: exponential backoff with full jitter
 * (a random delay between zero and initialBackoff * 2^(attempt-1), capped at maxBackoff), or exactly what the
 * server asked in Retry-After. Never more than maxAttempts attempts, and never a wait that would end past
 * maxTotal since the first attempt.
 */
final class RetrySchedule {
    private final RetryPolicy policy;
    private final DoubleSupplier jitter;

    RetrySchedule(RetryPolicy policy, DoubleSupplier jitter) {
        this.policy = policy;
        this.jitter = jitter;
    }

    /** 429 asks to slow down; 5xx are server-side troubles that may pass. Other answers will not change. */
    static boolean isRetryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    /**
     * The wait before the next attempt, or empty to give up.
     *
     * @param attemptsMade attempts already made, at least 1
     * @param elapsed      time since the first attempt started
     * @param retryAfter   the server's Retry-After, if it sent one
     */
    Optional<Duration> nextDelay(int attemptsMade, Duration elapsed, Optional<Duration> retryAfter) {
        if (attemptsMade >= policy.maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = retryAfter.orElseGet(() -> backoff(attemptsMade));
        if (elapsed.plus(delay).compareTo(policy.maxTotal()) > 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    private Duration backoff(int attemptsMade) {
        long initial = policy.initialBackoff().toNanos();
        long cap = policy.maxBackoff().toNanos();
        int doublings = Math.min(attemptsMade - 1, 62);
        long ceiling = initial > (cap >> doublings) ? cap : Math.min(cap, initial << doublings);
        return Duration.ofNanos((long) (ceiling * jitter.getAsDouble()));
    }
}
