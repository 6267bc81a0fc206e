package dev.checkoutconsole.api;

import dev.checkoutconsole.api.ClientConfig.RetryPolicy;
import dev.checkoutconsole.api.ClientConfig.Timeouts;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.CallCancelledException;
import dev.checkoutconsole.api.model.CallTimeoutException;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.ConnectionFailedException;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.RefundRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static dev.checkoutconsole.api.ConomyClientEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which calls are retried and how: GETs on connection failures, 429 and 5xx within the policy's bounds; POST and
 * DELETE never. Timeouts and cancellation end a call with their own exception. Retry waits are recorded on a
 * hand-moved clock, except where the real interruptible wait is the point.
 */
@Timeout(10)
class ConomyClientResilienceTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ClientFixture fixture = new ClientFixture();

    @Test
    void aGetIsRetriedAfter503AndEveryAttemptIsLogged() {
        server.enqueue(json(503, "{\"status\":503,\"type\":\"serverError\"}"));
        server.enqueue(json(200, ApiExamples.SESSION));

        CheckoutSession session;
        try (ConomyClient client = fixture.withToken(server)) {
            session = client.getCheckoutSession("s1").execute();
        }

        assertThat(session.id()).isEqualTo("6808d26af21dc6b97c1cc12a");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fixture.pauses).containsExactly(Duration.ofMillis(50));
        assertThat(fixture.listener.exchanges()).extracting(HttpExchange::status).containsExactly(503, 200);
    }

    @Test
    void backoffDoublesUpToTheCapAndAttemptsAreBounded() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMinutes(1));
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(500, "{}"));
        }

        try (ConomyClient client = fixture.client(config(policy))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .satisfies(e -> assertThat(((ApiErrorException) e).status()).isEqualTo(500));
        }

        assertThat(server.getRequestCount()).isEqualTo(5);
        // Full jitter at 0.5 of the ceilings 100, 200, 300 (capped), 300 ms.
        assertThat(fixture.pauses).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100),
                Duration.ofMillis(150), Duration.ofMillis(150));
    }

    @Test
    void retryAfterSecondsIsHonouredOn429() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("{}").build());
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withToken(server)) {
            client.getPayment("p1").execute();
        }

        assertThat(fixture.pauses).containsExactly(Duration.ofSeconds(7));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String inTwelveSeconds = RetryAfterHeader.format(fixture.clock.instant().plusSeconds(12));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", inTwelveSeconds).body("{}").build());
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withToken(server)) {
            client.getPayment("p1").execute();
        }

        assertThat(fixture.pauses).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRetryAfterBeyondTheTotalBudgetEndsTheCall() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "6").body("{\"type\":\"tooManyRequests\"}").build());

        try (ConomyClient client = fixture.client(config(policy))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .hasMessageContaining("HTTP 429 tooManyRequests");
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fixture.pauses).isEmpty();
    }

    @Test
    void theTotalBudgetStopsRetriesThatWouldRunPastIt() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(503, "{}"));
        }

        try (ConomyClient client = fixture.client(config(policy))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute()).isInstanceOf(ApiErrorException.class);
        }

        // Waits of 1 s each: the third would end at 3 s, past the 2 s budget.
        assertThat(fixture.pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.enqueue(json(404, "{\"status\":404,\"code\":\"31\",\"type\":\"notFound\"}"));

        try (ConomyClient client = fixture.withToken(server)) {
            assertThatThrownBy(() -> client.getPayment("p1").execute()).isInstanceOf(ApiErrorException.class);
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aGetIsRetriedWhenTheConnectionDrops() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withToken(server)) {
            assertThat(client.getPayment("p1").execute().id()).isEqualTo("67a0307eaddea901a60144ec");
        }

        assertThat(server.getRequestCount()).isEqualTo(2);
        List<HttpExchange> exchanges = fixture.listener.exchanges();
        assertThat(exchanges).hasSize(2);
        assertThat(exchanges.get(0).status()).isNull();
        assertThat(exchanges.get(0).failure()).startsWith("Cannot reach ");
        assertThat(exchanges.get(1).status()).isEqualTo(200);
    }

    @Test
    void aPostIsSentOnceEvenOn503() {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(201, ApiExamples.REFUND_CREATED));

        try (ConomyClient client = fixture.withToken(server)) {
            assertThatThrownBy(() -> client.refundPayment("p1", new RefundRequest(new BigDecimal("1.00"), null)).execute())
                    .isInstanceOf(ApiErrorException.class);
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fixture.pauses).isEmpty();
    }

    @Test
    void aPostIsSentOnceWhenTheConnectionDrops() {
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withToken(server)) {
            // A pooled connection first: that is where OkHttp would otherwise resend a request on its own.
            client.getPayment("p0").execute();
            assertThatThrownBy(() -> client.payCheckoutSession("s1",
                    dev.checkoutconsole.api.model.CheckoutPaymentRequest.withMethod(
                            "ETPAY", null, null)).execute())
                    .isInstanceOf(ConnectionFailedException.class)
                    .hasMessageStartingWith("Cannot reach " + server.getHostName() + ":" + server.getPort() + ": ");
        }

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aDeleteIsSentOnceEvenWhenTheServerAsksForAnImmediateRetry() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("{}").build());
        server.enqueue(json(200, "{}"));

        try (ConomyClient client = fixture.withToken(server)) {
            assertThatThrownBy(() -> client.deleteCheckoutSession("s1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .satisfies(e -> assertThat(((ApiErrorException) e).status()).isEqualTo(503));
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anImmediateRetryOfAGetIsOursSoItIsCountedAndLogged() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("{}").build());
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withToken(server)) {
            client.getPayment("p1").execute();
        }

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fixture.pauses).containsExactly(Duration.ZERO);
        assertThat(fixture.listener.exchanges()).extracting(HttpExchange::status).containsExactly(503, 200);
    }

    @Test
    void anUnreachableServerIsAConnectionFailureAfterTheAllowedAttempts() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        try (ConomyClient client = fixture.client(ClientFixture.config("http://127.0.0.1:" + closedPort, ClientFixture.ACCESS_TOKEN,
                null, null, ApiVersion.V2, ClientFixture.RETRY_4))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ConnectionFailedException.class)
                    .hasMessageStartingWith("Cannot reach 127.0.0.1:" + closedPort + ": connection refused")
                    .hasMessageEndingWith("on GET /payments/p1");
        }

        assertThat(fixture.pauses).hasSize(3);
        assertThat(fixture.listener.exchanges()).hasSize(4).allSatisfy(exchange -> assertThat(exchange.status()).isNull());
    }

    @Test
    void aSlowAnswerIsAReadTimeoutAndIsNotRetried() {
        server.enqueue(json(200, ApiExamples.PAYMENT).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        Timeouts timeouts = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(5));

        try (ConomyClient client = fixture.client(withTimeouts(timeouts))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(CallTimeoutException.class)
                    .hasMessage("%s:%d did not answer within the read timeout (200 ms) on GET /payments/p1",
                            server.getHostName(), server.getPort());
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aCallThatTakesTooLongInAllIsACallTimeout() {
        // Each byte comes well within the read timeout, but the whole answer does not come within the call timeout.
        server.enqueue(json(200, ApiExamples.PAYMENT).newBuilder().throttleBody(16, 100, TimeUnit.MILLISECONDS).build());
        Timeouts timeouts = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(300));

        try (ConomyClient client = fixture.client(withTimeouts(timeouts))) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(CallTimeoutException.class)
                    .hasMessageContaining("did not finish within the call timeout (300 ms)");
        }
    }

    @Test
    void aServerThatDoesNotAcceptIsAConnectTimeoutAndIsRetried() throws IOException {
        // A listening socket whose backlog is full and never drained: the kernel leaves new connections unanswered.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(filler);
                    } catch (IOException backlogFull) {
                        filler.close();
                        break;
                    }
                }
                Timeouts timeouts = new Timeouts(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5));
                RetryPolicy twice = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5));
                try (ConomyClient client = fixture.client(new ClientConfig("http://127.0.0.1:" + full.getLocalPort(),
                        ClientFixture.API_KEY, ClientFixture.ACCESS_TOKEN, null, null, ApiVersion.V2, timeouts, twice))) {
                    assertThatThrownBy(() -> client.getPayment("p1").execute())
                            .isInstanceOf(CallTimeoutException.class)
                            .hasMessage("Timed out connecting to 127.0.0.1:%d (connect timeout 200 ms) on GET /payments/p1",
                                    full.getLocalPort());
                }
                assertThat(fixture.pauses).hasSize(1);
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void cancellingBeforeExecuteSendsNothing() {
        try (ConomyClient client = fixture.withToken(server)) {
            ApiCall<?> call = client.getPayment("p1");
            call.cancel();
            assertThatThrownBy(call::execute).isInstanceOf(CallCancelledException.class).hasMessage("Cancelled: GET /payments/p1");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancellingDuringTheExchangeEndsTheCallAtOnce() throws Exception {
        server.enqueue(json(200, ApiExamples.PAYMENT).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());

        try (ConomyClient client = fixture.withToken(server)) {
            ApiCall<?> call = client.getPayment("p1");
            CompletableFuture<Object> running = CompletableFuture.supplyAsync(call::execute);
            assertThat(server.takeRequest(2, TimeUnit.SECONDS)).isNotNull();
            long start = System.nanoTime();
            call.cancel();

            assertThatThrownBy(() -> running.get(2, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(CallCancelledException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(fixture.listener.exchanges()).singleElement().satisfies(e -> assertThat(e.failure()).isEqualTo("cancelled"));
    }

    @Test
    void cancellingDuringABackoffWaitEndsTheWaitAtOnce() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        CountDownLatch waiting = new CountDownLatch(1);
        ClientRuntime realWait = new ClientRuntime(fixture.clock, () -> 1.0, (delay, control) -> {
            waiting.countDown();
            control.pause(delay);
        });
        RetryPolicy slow = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5));

        try (ConomyClient client = new ConomyClient(config(slow), fixture.listener, realWait)) {
            ApiCall<?> call = client.getPayment("p1");
            CompletableFuture<Object> running = CompletableFuture.supplyAsync(call::execute);
            assertThat(waiting.await(2, TimeUnit.SECONDS)).as("the call waits before its retry").isTrue();
            call.cancel();

            assertThatThrownBy(() -> running.get(2, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(CallCancelledException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private ClientConfig config(RetryPolicy policy) {
        return ClientFixture.config(server.url("/").toString(), ClientFixture.ACCESS_TOKEN, null, null, ApiVersion.V2, policy);
    }

    private ClientConfig withTimeouts(Timeouts timeouts) {
        return new ClientConfig(server.url("/").toString(), ClientFixture.API_KEY, ClientFixture.ACCESS_TOKEN, null, null,
                ApiVersion.V2, timeouts, ClientFixture.RETRY_4);
    }
}
