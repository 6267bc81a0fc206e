package dev.checkoutconsole.api;

import dev.checkoutconsole.testsupport.MutableClock;
import dev.checkoutconsole.api.ClientConfig.RetryPolicy;
import dev.checkoutconsole.api.ClientConfig.Timeouts;
import dev.checkoutconsole.api.model.ApiVersion;
import mockwebserver3.MockWebServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A client wired to a MockWebServer with a hand-moved clock and recorded (not slept) retry waits, so tests of
 * expiry and backoff run instantly. Short real timeouts keep failure tests quick.
 */
final class ClientFixture {
    static final String API_KEY = "api-key-0123456789";
    static final String ACCESS_TOKEN = "fixed-access-token-abcdef";
    static final String CLIENT_ID = "client-id-1";
    static final String CLIENT_SECRET = "client-secret-9876543210";
    static final Timeouts QUICK_TIMEOUTS = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3));
    static final RetryPolicy RETRY_4 = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    final MutableClock clock = new MutableClock(Instant.parse("2026-04-17T12:00:00Z"));
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final RecordingListener listener = new RecordingListener();

    /** Advances the clock instead of sleeping, but still honours a cancellation as the real pause does. */
    ClientRuntime runtime() {
        return new ClientRuntime(clock, () -> 0.5, (delay, control) -> {
            control.throwIfCancelled();
            pauses.add(delay);
            clock.advance(delay);
        });
    }

    ConomyClient withToken(MockWebServer server) {
        return client(config(server.url("/").toString(), ACCESS_TOKEN, null, null, ApiVersion.V2, RETRY_4));
    }

    ConomyClient withCredentials(MockWebServer server) {
        return client(config(server.url("/").toString(), null, CLIENT_ID, CLIENT_SECRET, ApiVersion.V2, RETRY_4));
    }

    ConomyClient client(ClientConfig config) {
        return new ConomyClient(config, listener, runtime());
    }

    static ClientConfig config(String baseUrl, String accessToken, String clientId, String clientSecret,
                               ApiVersion version, RetryPolicy retry) {
        return new ClientConfig(baseUrl, API_KEY, accessToken, clientId, clientSecret, version, QUICK_TIMEOUTS, retry);
    }
}
