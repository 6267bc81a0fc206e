package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.ApiVersion;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and authenticate to one Conomy environment. Either an access token is given and used as it is,
 * or a client id and secret obtain one from POST /auth.
 */
public record ClientConfig(
        String baseUrl,
        String apiKey,
        String accessToken,
        String clientId,
        String clientSecret,
        ApiVersion apiVersion,
        Timeouts timeouts,
        RetryPolicy retryPolicy) {

    public ClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiVersion = apiVersion == null ? ApiVersion.V2 : apiVersion;
        timeouts = timeouts == null ? Timeouts.DEFAULT : timeouts;
        retryPolicy = retryPolicy == null ? RetryPolicy.DEFAULT : retryPolicy;
    }

    /** Connect, read and whole-call limits. */
    public record Timeouts(Duration connect, Duration read, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30));
    }

    /**
     * Retries of safe (GET) calls on connection failure, 429 and 5xx: exponential backoff from initialBackoff,
     * doubled each time up to maxBackoff, with jitter, at most maxAttempts attempts and maxTotal in all.
     */
    public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotal) {
        public static final RetryPolicy DEFAULT =
                new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(20));
        public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion.label()
                + ", apiKey=" + mask(apiKey) + ", accessToken=" + mask(accessToken)
                + ", clientId=" + clientId + ", clientSecret=" + mask(clientSecret) + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "<unset>" : "<redacted>";
    }
}
