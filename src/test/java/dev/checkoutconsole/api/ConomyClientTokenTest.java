package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.RefundRequest;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.checkoutconsole.api.ConomyClientEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access token: obtained once, kept, renewed before it expires and once when refused, shared between threads. */
@Timeout(10)
class ConomyClientTokenTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ClientFixture fixture = new ClientFixture();

    @Test
    void aTokenIsObtainedOnceAndUsedForTheFollowingCalls() throws Exception {
        server.enqueue(auth("token-number-one", 3600));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withCredentials(server)) {
            client.getPayment("p1").execute();
            client.getPayment("p2").execute();
        }

        assertThat(paths()).containsExactly("/auth", "/payments/p1", "/payments/p2");
        assertThat(bearers()).containsExactly(null, "Bearer token-number-one", "Bearer token-number-one");
    }

    @Test
    void theTokenIsRenewedAMinuteBeforeItExpires() throws Exception {
        server.enqueue(auth("first-token-value", 3600));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(auth("second-token-value", 3600));
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withCredentials(server)) {
            client.getPayment("p1").execute();
            fixture.clock.advance(Duration.ofSeconds(3600 - 60).minusMillis(1));
            client.getPayment("p2").execute();
            fixture.clock.advance(Duration.ofMillis(1));
            client.getPayment("p3").execute();
        }

        assertThat(paths()).containsExactly("/auth", "/payments/p1", "/payments/p2", "/auth", "/payments/p3");
        assertThat(bearers().get(4)).isEqualTo("Bearer second-token-value");
    }

    @Test
    void aShortLivedTokenIsRenewedHalfWayThroughItsLife() throws Exception {
        server.enqueue(auth("short-lived-token-1", 60));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(json(200, ApiExamples.PAYMENT));
        server.enqueue(auth("short-lived-token-2", 60));
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withCredentials(server)) {
            client.getPayment("p1").execute();
            fixture.clock.advance(Duration.ofSeconds(29));
            client.getPayment("p2").execute();
            fixture.clock.advance(Duration.ofSeconds(1));
            client.getPayment("p3").execute();
        }

        assertThat(paths()).containsExactly("/auth", "/payments/p1", "/payments/p2", "/auth", "/payments/p3");
    }

    @Test
    void aRefusedTokenIsRenewedAndThePostResentOnce() throws Exception {
        server.enqueue(auth("stale-token-value", 3600));
        server.enqueue(json(401, "{\"status\":401,\"code\":\"41\",\"type\":\"unauthorized\"}"));
        server.enqueue(auth("fresh-token-value", 3600));
        server.enqueue(json(201, ApiExamples.REFUND_CREATED));

        try (ConomyClient client = fixture.withCredentials(server)) {
            assertThat(client.refundPayment("p1", new RefundRequest(new BigDecimal("150.00"), null)).execute().refundId())
                    .isEqualTo("69e25383b604159c5b8ba5bb");
        }

        assertThat(paths()).containsExactly("/auth", "/payments/p1/refund", "/auth", "/payments/p1/refund");
        assertThat(bearers()).containsExactly(null, "Bearer stale-token-value", null, "Bearer fresh-token-value");
        assertThat(fixture.pauses).isEmpty();
    }

    @Test
    void aSecondRefusalIsTheAnswer() throws Exception {
        server.enqueue(auth("token-value-a", 3600));
        server.enqueue(json(401, "{\"status\":401,\"code\":\"41\",\"type\":\"unauthorized\"}"));
        server.enqueue(auth("token-value-b", 3600));
        server.enqueue(json(401, "{\"status\":401,\"code\":\"41\",\"type\":\"unauthorized\",\"detail\":\"no access\"}"));

        try (ConomyClient client = fixture.withCredentials(server)) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .hasMessageStartingWith("HTTP 401 unauthorized (code 41): no access");
        }

        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aGivenTokenIsNeverRenewed() throws Exception {
        server.enqueue(json(401, "{\"status\":401,\"code\":\"41\",\"type\":\"unauthorized\"}"));

        try (ConomyClient client = fixture.withToken(server)) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .satisfies(e -> assertThat(((ApiErrorException) e).status()).isEqualTo(401));
        }

        assertThat(paths()).containsExactly("/payments/p1");
    }

    @Test
    void aFailedAuthenticationIsReportedAndTriedAgainByTheNextCall() throws Exception {
        server.enqueue(json(400, "{\"status\":400,\"code\":\"11\",\"type\":\"invalidParam\",\"detail\":\"bad credentials\"}"));
        server.enqueue(auth("token-after-failure", 3600));
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withCredentials(server)) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .hasMessageContaining("bad credentials");
            client.getPayment("p1").execute();
        }

        assertThat(paths()).containsExactly("/auth", "/auth", "/payments/p1");
    }

    @Test
    void authenticateFetchesATokenTheFollowingCallsUse() throws Exception {
        server.enqueue(auth("token-from-authenticate", 3600));
        server.enqueue(json(200, ApiExamples.PAYMENT));

        try (ConomyClient client = fixture.withCredentials(server)) {
            AccessToken token = client.authenticate().execute();
            client.getPayment("p1").execute();
            assertThat(token.accessToken()).isEqualTo("token-from-authenticate");
        }

        assertThat(paths()).containsExactly("/auth", "/payments/p1");
        assertThat(bearers().get(1)).isEqualTo("Bearer token-from-authenticate");
    }

    @Test
    void anAuthAnswerWithoutTokenIsAnError() {
        server.enqueue(json(200, "{\"tokenType\":\"Bearer\",\"expiresIn\":3600}"));

        try (ConomyClient client = fixture.withCredentials(server)) {
            assertThatThrownBy(() -> client.getPayment("p1").execute())
                    .isInstanceOf(ApiErrorException.class)
                    .hasMessageContaining("no accessToken");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void concurrentCallersShareOneRenewal() throws Exception {
        AtomicInteger authCalls = new AtomicInteger();
        CountDownLatch releaseAuth = new CountDownLatch(1);
        server.setDispatcher(authAnsweringOnlyWhenReleased(releaseAuth, authCalls));
        int callers = 6;
        CyclicBarrier start = new CyclicBarrier(callers);

        try (ConomyClient client = fixture.withCredentials(server)) {
            List<CompletableFuture<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String id = "p" + i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return client.getPayment(id).execute().id();
                }, command -> new Thread(command).start()));
            }
            // Let every caller reach the token before the one fetch answers.
            Thread.sleep(200);
            releaseAuth.countDown();
            for (CompletableFuture<String> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("67a0307eaddea901a60144ec");
            }
        }

        assertThat(authCalls.get()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(callers + 1);
    }

    @Test
    void aCallerWaitingForAnotherCallersRenewalCanBeCancelled() throws Exception {
        CountDownLatch releaseAuth = new CountDownLatch(1);
        server.setDispatcher(authAnsweringOnlyWhenReleased(releaseAuth, new AtomicInteger()));

        try (ConomyClient client = fixture.withCredentials(server)) {
            CompletableFuture<?> fetching = CompletableFuture.runAsync(() -> client.getPayment("p1").execute());
            assertThat(server.takeRequest(2, TimeUnit.SECONDS).getTarget()).isEqualTo("/auth");
            ApiCall<?> waiting = client.getPayment("p2");
            CompletableFuture<?> waiter = CompletableFuture.runAsync(waiting::execute);
            Thread.sleep(100);
            waiting.cancel();

            assertThatThrownBy(() -> waiter.get(2, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(dev.checkoutconsole.api.model.CallCancelledException.class);
            releaseAuth.countDown();
            fetching.get(5, TimeUnit.SECONDS);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    /** Answers /auth (counting the calls) only once released, and every other path with a payment. */
    private static Dispatcher authAnsweringOnlyWhenReleased(CountDownLatch release, AtomicInteger authCalls) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().equals("/auth")) {
                    authCalls.incrementAndGet();
                    release.await(5, TimeUnit.SECONDS);
                    return auth("slowly-issued-token", 3600);
                }
                return json(200, ApiExamples.PAYMENT);
            }
        };
    }

    private static MockResponse auth(String token, long expiresIn) {
        return json(200, "{\"accessToken\":\"" + token + "\",\"tokenType\":\"Bearer\",\"expiresIn\":" + expiresIn + "}");
    }

    private List<String> paths() throws InterruptedException {
        return taken().stream().map(RecordedRequest::getTarget).toList();
    }

    private List<String> bearers() throws InterruptedException {
        return taken().stream().map(request -> request.getHeaders().get("Authorization")).toList();
    }

    private final List<RecordedRequest> taken = new ArrayList<>();

    private List<RecordedRequest> taken() throws InterruptedException {
        RecordedRequest next;
        while ((next = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            taken.add(next);
        }
        return taken;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
