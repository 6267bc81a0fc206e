package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkoutconsole.testsupport.SandboxFixture;
import dev.checkoutconsole.testsupport.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.checkoutconsole.sandbox.SandboxLifecycleTest.PAYER;
import static dev.checkoutconsole.sandbox.SandboxLifecycleTest.linkBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Parallel requests never corrupt state, and where only one may win, exactly one does. */
class SandboxConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS_PER_CLIENT = 8;

    @RegisterExtension
    static SandboxFixture sandbox = SandboxFixture.builder().seedSessions(100).seed(9L).build();

    private static ExecutorService pool;
    private final TestHttp http = new TestHttp(sandbox);

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void ofEightPaymentsOnOneSessionExactlyOneIsMade() throws Exception {
        for (int round = 0; round < 10; round++) {
            JsonNode session = openSession();
            List<Integer> statuses = race(THREADS, i -> http.post("/checkout-sessions/" + session.path("id").asText() + "/payments",
                    "{\"paymentMethod\":\"ETPAY\"}").status());

            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).containsOnly(422);
            assertThat(http.get("/payments?checkoutSessionId=" + session.path("id").asText()).json()
                    .path("pagination").path("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aDeleteRacingAPaymentLeavesExactlyOneOfThem() throws Exception {
        for (int round = 0; round < 10; round++) {
            JsonNode session = openSession();
            String id = session.path("id").asText();
            List<Integer> statuses = race(2, i -> i == 0
                    ? http.delete("/checkout-sessions/" + id).status()
                    : http.post("/checkout-sessions/" + id + "/payments", "{\"paymentMethod\":\"ETPAY\"}").status());

            int deleted = statuses.get(0);
            int paid = statuses.get(1);
            int payments = http.get("/payments?checkoutSessionId=" + id).json().path("pagination").path("total").asInt();
            if (deleted == 200) {
                assertThat(paid).isEqualTo(404);
                assertThat(payments).isZero();
                assertThat(http.get("/checkout-sessions/" + id).status()).isEqualTo(404);
            } else {
                assertThat(deleted).isEqualTo(422);
                assertThat(paid).isEqualTo(200);
                assertThat(payments).isEqualTo(1);
                assertThat(http.get("/checkout-sessions/" + id).json().path("status").asText()).isEqualTo("PROCESSING_PAYMENT");
            }
        }
    }

    @Test
    void parallelRefundsNeverGoPastTheParentAmount() throws Exception {
        JsonNode session = openSession();
        JsonNode payment = http.post("/checkout-sessions/" + session.path("id").asText() + "/payments", "{\"paymentMethod\":\"ETPAY\"}").json();
        String id = payment.path("id").asText();
        http.post("/_sandbox/payments/" + id + "/advance", "{\"to\":\"SETTLED\"}");

        // 49990 holds four refunds of 10000; the fifth would pass it.
        List<Integer> statuses = race(THREADS, i -> http.post("/payments/" + id + "/refund", "{\"amount\":\"10000\"}").status());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
        assertThat(statuses).filteredOn(s -> s != 201).containsOnly(422);
        JsonNode summary = http.get("/payments/" + id + "/refunds").json().path("summary");
        assertThat(summary.path("totalInProgress").asText()).isEqualTo("40000");
        assertThat(summary.path("maxRefundable").asText()).isEqualTo("9990");
    }

    @Test
    void manyClientsCreatingAndReadingAtOnceLoseNothing() throws Exception {
        String owner = "c0ffee0000000000000000" + String.format("%02d", 1);
        int before = http.get("/checkout-sessions?identityId=" + owner).json().path("pagination").path("total").asInt();

        List<Integer> failures = race(THREADS, i -> {
            int failed = 0;
            for (int n = 0; n < ROUNDS_PER_CLIENT; n++) {
                String body = linkBody("mixed-" + UUID.randomUUID(), 600).replace("679c482ee4420cb5b0966c9a", owner);
                if (http.post("/checkout-sessions", body).status() != 201) {
                    failed++;
                }
                if (http.get("/checkout-sessions?limit=5&sort=totalAmount:desc").status() != 200) {
                    failed++;
                }
            }
            return failed;
        });

        assertThat(failures).containsOnly(0);
        assertThat(http.get("/checkout-sessions?identityId=" + owner).json().path("pagination").path("total").asInt())
                .isEqualTo(before + THREADS * ROUNDS_PER_CLIENT);
    }

    private JsonNode openSession() {
        String token = "race-" + UUID.randomUUID();
        assertThat(http.post("/payment-links", linkBody(token, 600)).status()).isEqualTo(201);
        return http.post("/payment-links/token/" + token + "/checkout-sessions", "{\"customer\":" + PAYER + "}").json();
    }

    @FunctionalInterface
    interface Contender {
        int run(int index) throws Exception;
    }

    /** Runs the contenders at once, released together, and returns their results in order. */
    private List<Integer> race(int contenders, Contender contender) throws Exception {
        http.authHeaders();
        CountDownLatch ready = new CountDownLatch(contenders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            int index = i;
            Callable<Integer> task = () -> {
                ready.countDown();
                go.await();
                return contender.run(index);
            };
            futures.add(pool.submit(task));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }
}
