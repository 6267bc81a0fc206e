package dev.checkoutconsole.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs one endpoint call to its end: adds the token, sends, retries what may be retried, and turns the final
 * answer into a value or an exception.
 * <ul>
 * <li>GETs are retried on a connection failure, a connect timeout, 429 and 5xx, as RetrySchedule allows.</li>
 * <li>POST and DELETE are sent once: repeating a refund or a payment after an unclear failure could do it twice.</li>
 * <li>A 401 with a renewable token renews it and sends the request once more, whatever the method.</li>
 * </ul>
 */
final class CallRunner {

    /** Reads the body of a successful answer. */
    @FunctionalInterface
    interface ResponseReader<T> {
        T read(RawResponse response);
    }

    private final AttemptSender sender;
    private final TokenProvider tokens;
    private final RetrySchedule schedule;
    private final ApiErrorParser errors;
    private final Clock clock;
    private final ClientRuntime.Pause pause;

    CallRunner(AttemptSender sender, TokenProvider tokens, RetrySchedule schedule, ApiErrorParser errors,
               ClientRuntime runtime) {
        this.sender = sender;
        this.tokens = tokens;
        this.schedule = schedule;
        this.errors = errors;
        this.clock = runtime.clock();
        this.pause = runtime.pause();
    }

    <T> T run(ApiRequest request, ResponseReader<T> reader, CallControl control) {
        Instant firstAttempt = clock.instant();
        int attempts = 0;
        boolean tokenRenewed = false;
        while (true) {
            control.throwIfCancelled();
            String token = request.authenticated() ? tokens.token(control) : null;
            attempts++;
            RawResponse response;
            try {
                response = sender.send(request, token, control);
            } catch (AttemptSender.FailedAttempt failed) {
                Optional<Duration> delay = request.retryable() && failed.transientForSafeRequests()
                        ? schedule.nextDelay(attempts, Duration.between(firstAttempt, clock.instant()), Optional.empty())
                        : Optional.empty();
                if (delay.isEmpty()) {
                    throw failed.exception();
                }
                pause.pause(delay.get(), control);
                continue;
            }
            if (response.status() == 401 && token != null && tokens.renewable() && !tokenRenewed) {
                // A 401 means the gateway refused the request before any processing, so nothing happened yet and
                // resending it, even a POST, cannot do anything twice. Only once: a second 401 is the answer.
                tokens.invalidate(token);
                tokenRenewed = true;
                attempts--;
                continue;
            }
            if (response.successful()) {
                return reader.read(response);
            }
            if (request.retryable() && RetrySchedule.isRetryableStatus(response.status())) {
                Optional<Duration> retryAfter = RetryAfterHeader.parse(response.headers().get("Retry-After"), clock.instant());
                Optional<Duration> delay = schedule.nextDelay(attempts, Duration.between(firstAttempt, clock.instant()), retryAfter);
                if (delay.isPresent()) {
                    pause.pause(delay.get(), control);
                    continue;
                }
            }
            throw errors.exception(response);
        }
    }
}
