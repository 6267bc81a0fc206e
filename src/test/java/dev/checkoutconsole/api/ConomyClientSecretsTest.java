package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.ConomyException;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static dev.checkoutconsole.api.ConomyClientEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Canary secrets go through a whole session, failures included, and must come out nowhere: not in a logged
 * exchange, an exception message or a toString.
 */
@Timeout(10)
class ConomyClientSecretsTest {
    private static final String API_KEY = "CANARY-API-KEY-7f3a19";
    private static final String CLIENT_SECRET = "CANARY-CLIENT-SECRET-91bd";
    private static final String ACCESS_TOKEN = "CANARY-ACCESS-TOKEN-c0de42";
    private static final List<String> CANARIES = List.of(API_KEY, CLIENT_SECRET, ACCESS_TOKEN);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ClientFixture fixture = new ClientFixture();
    private final List<String> shown = new ArrayList<>();

    @Test
    void noSecretIsLoggedThrownOrPrinted() throws Exception {
        server.enqueue(json(200, "{\"accessToken\":\"" + ACCESS_TOKEN + "\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}"));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        // Servers echoing secrets back: in a documented error, in a non-JSON error, and in headers.
        server.enqueue(new MockResponse.Builder().code(400).setHeader("x-echo", ACCESS_TOKEN).body(
                "{\"status\":400,\"code\":\"11\",\"type\":\"invalidParam\",\"detail\":\"bad key " + API_KEY
                        + " for token " + ACCESS_TOKEN + "\",\"traceId\":\"t-1\"}").build());
        server.enqueue(new MockResponse.Builder().code(500).body("<pre>clientSecret=" + CLIENT_SECRET + " Bearer " + ACCESS_TOKEN + "</pre>").build());
        server.enqueue(json(400, "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"clientSecret " + CLIENT_SECRET + " is wrong\"}"));
        ClientConfig config = new ClientConfig(server.url("/").toString(), API_KEY, null, ClientFixture.CLIENT_ID, CLIENT_SECRET,
                ApiVersion.V2, ClientFixture.QUICK_TIMEOUTS, ClientConfig.RetryPolicy.NONE);

        try (ConomyClient client = fixture.client(config)) {
            shown.add(client.toString());
            ApiCall<?> get = client.getPayment("p1");
            shown.add(get.toString());
            get.execute();
            shown.add(failure(() -> client.deleteCheckoutSession("s1").execute()).getMessage());
            shown.add(failure(() -> client.listPaymentRefunds("p1").execute()).getMessage());
            ApiCall<?> auth = client.authenticate();
            shown.add(auth.toString());
            shown.add(failure(auth::execute).toString());
        }
        try (ConomyClient unreachable = fixture.client(new ClientConfig("http://127.0.0.1:" + closedPort(), API_KEY, ACCESS_TOKEN,
                null, CLIENT_SECRET, ApiVersion.V2, ClientFixture.QUICK_TIMEOUTS, ClientConfig.RetryPolicy.NONE))) {
            shown.add(failure(() -> unreachable.getPayment("p1").execute()).getMessage());
            shown.add(unreachable.toString());
        }
        shown.add(config.toString());
        for (HttpExchange exchange : fixture.listener.exchanges()) {
            shown.add(exchange.toString());
        }

        assertThat(fixture.listener.exchanges()).hasSize(6);
        assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain(CANARIES));
        assertThat(server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS).getBody().utf8()).as("the secret itself is sent").contains(CLIENT_SECRET);
    }

    @Test
    void theLogShowsWhereSecretsWereRemoved() {
        server.enqueue(json(200, "{\"accessToken\":\"" + ACCESS_TOKEN + "\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}"));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        ClientConfig config = new ClientConfig(server.url("/").toString(), API_KEY, null, ClientFixture.CLIENT_ID, CLIENT_SECRET,
                ApiVersion.V2, ClientFixture.QUICK_TIMEOUTS, ClientConfig.RetryPolicy.NONE);

        try (ConomyClient client = fixture.client(config)) {
            client.getPayment("p1").execute();
        }

        HttpExchange auth = fixture.listener.exchanges().get(0);
        assertThat(auth.path()).isEqualTo("/auth");
        assertThat(auth.requestHeaders()).contains(new HttpHeader("x-api-key", SecretRedactor.MARKER));
        assertThat(auth.requestBody()).isEqualTo("{\"clientId\":\"" + ClientFixture.CLIENT_ID + "\",\"clientSecret\":\"[REDACTED]\"}");
        assertThat(auth.responseBody()).contains("\"accessToken\":\"[REDACTED]\"").contains("\"expiresIn\":3600");
        HttpExchange get = fixture.listener.exchanges().get(1);
        assertThat(get.requestHeaders()).contains(new HttpHeader("Authorization", SecretRedactor.MARKER),
                new HttpHeader("User-Agent", ProductVersion.userAgent()));
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.responseBody()).contains("67a0307eaddea901a60144ec");
        assertThat(get.duration()).isPositive();
        assertThat(get.startedAt()).isEqualTo(fixture.clock.instant());
        assertThat(get.sequence()).isEqualTo(auth.sequence() + 1);
    }

    private static Exception failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(ConomyException.class, call);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
