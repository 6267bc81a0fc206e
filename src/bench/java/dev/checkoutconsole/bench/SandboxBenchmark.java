package dev.checkoutconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkoutconsole.sandbox.SandboxOptions;
import dev.checkoutconsole.sandbox.SandboxServer;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 3, Performance: with 100,000 seeded sessions, (1) how long the sandbox takes to start, (2) the latency of a
 * filtered, sorted list page of 50 (target: under 20 ms at the median), and (3) the requests per second of 8
 * concurrent clients mixing reads and writes, with the errors they saw (target: 500 req/s, no errors).
 * <p>
 * Run: {@code mvn -Pbench -DskipTests -Dbench=SandboxBenchmark test-compile exec:exec}
 * (optionally {@code -Dbench.args="SESSIONS SECONDS"}, default 100000 sessions and a 20 s load run).
 */
public final class SandboxBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int CLIENTS = 8;
    private static final int WARMUP = 200;
    private static final int ITERATIONS = 1000;

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int loadSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.printf(Locale.ROOT, "SandboxBenchmark: %,d seeded sessions; Java %s, %d cores, max heap %d MiB%n",
                sessions, Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long[] starts = new long[3];
        for (int i = 0; i < starts.length - 1; i++) {
            long started = System.nanoTime();
            SandboxServer.start(options(sessions)).close();
            starts[i] = System.nanoTime() - started;
        }
        long started = System.nanoTime();
        try (SandboxServer server = SandboxServer.start(options(sessions))) {
            starts[starts.length - 1] = System.nanoTime() - started;
            print(new BenchStats("start with " + sessions + " sessions (seed + bind)", starts));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap in use after start: %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);

            Client client = new Client(server);
            JsonNode sample = client.get("/checkout-sessions?limit=1&offset=5000").path("results").get(0);
            String identity = sample.path("owner").path("identityId").asText();
            String account = sample.path("destinations").get(0).path("account").path("accountNumber").asText();
            System.out.println();
            for (String query : List.of(
                    "/checkout-sessions?limit=50",
                    "/checkout-sessions?status=FINISHED&sort=totalAmount:desc&limit=50",
                    "/checkout-sessions?status=EXPIRED&sort=expiresAt:asc&limit=50&offset=500",
                    "/checkout-sessions?identityId=" + identity + "&sort=createdAt:desc&limit=50",
                    "/checkout-sessions?accountNumber=" + account + "&startDate=01/01/2000&sort=status:asc&limit=50",
                    "/payments?status=SETTLED,RECEIVED&sort=totalAmount:desc&limit=50")) {
                print(new BenchStats("GET " + shorten(query), measure(client, query)));
            }

            System.out.println();
            load(server, loadSeconds);
        }
    }

    private static SandboxOptions options(int sessions) {
        return SandboxOptions.builder().port(0).seedSessions(sessions).seed(42L).build();
    }

    private static long[] measure(Client client, String query) throws IOException {
        for (int i = 0; i < WARMUP; i++) {
            client.fetch(query);
        }
        long[] nanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long started = System.nanoTime();
            client.fetch(query);
            nanos[i] = System.nanoTime() - started;
        }
        return nanos;
    }

    /**
     * 8 clients for the given seconds, each mixing reads (filtered sorted pages, one session, one payment) with
     * writes (create a session, pay it, confirm it, settle it, refund part of it). Any answer other than the one
     * expected counts as an error.
     */
    private static void load(SandboxServer server, int seconds) throws InterruptedException {
        AtomicLong requests = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        List<long[]> latencies = new ArrayList<>();
        long startedAt = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int clientIndex = c;
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(clientIndex);
                int n = 0;
                try {
                    Client client = new Client(server);
                    while (System.nanoTime() < deadline) {
                        long started = System.nanoTime();
                        if (random.nextInt(10) < 7) {
                            read(client, random);
                            reads.incrementAndGet();
                        } else {
                            int made = write(client, clientIndex, n);
                            writes.addAndGet(made);
                            requests.addAndGet(made - 1);
                        }
                        requests.incrementAndGet();
                        if (n < mine.length) {
                            mine[n] = System.nanoTime() - started;
                        }
                        n++;
                    }
                } catch (Exception | AssertionError e) {
                    errors.computeIfAbsent(e.getMessage(), k -> new AtomicLong()).incrementAndGet();
                } finally {
                    latencies.set(clientIndex, java.util.Arrays.copyOf(mine, Math.min(n, mine.length)));
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - startedAt) / 1e9;
        System.out.printf(Locale.ROOT, "%d clients, %d s, 70%% reads / 30%% write sequences: %,d requests (%,d reads, %,d writes), "
                        + "%.0f req/s, errors: %s%n",
                CLIENTS, seconds, requests.get(), reads.get(), writes.get(), requests.get() / elapsed, errors.isEmpty() ? "none" : errors);
        print(new BenchStats("one step of a client (a read, or a write sequence)",
                latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray()));
    }

    private static void read(Client client, SplittableRandom random) throws IOException {
        switch (random.nextInt(4)) {
            case 0 -> client.fetch("/checkout-sessions?status=FINISHED&sort=totalAmount:desc&limit=50&offset=" + random.nextInt(500));
            case 1 -> client.fetch("/checkout-sessions?limit=50&offset=" + random.nextInt(10_000));
            case 2 -> {
                JsonNode page = client.get("/payments?limit=1&offset=" + random.nextInt(1000));
                client.fetch("/payments/" + page.path("results").get(0).path("id").asText());
            }
            default -> client.fetch("/payments?status=SETTLED&sort=createdAt:desc&limit=50");
        }
    }

    /** Create, pay, confirm, settle and partly refund one session: 5 requests. */
    private static int write(Client client, int clientIndex, int n) throws IOException {
        String token = "bench-" + clientIndex + "-" + n + "-" + System.nanoTime();
        JsonNode session = client.post("/checkout-sessions", "{\"checkoutToken\":\"" + token + "\",\"currency\":\"CLP\",\"duration\":600,"
                + "\"customer\":{\"firstName\":\"Bench\",\"email\":\"bench@example.com\"}}", 201);
        JsonNode payment = client.post("/checkout-sessions/" + session.path("id").asText() + "/payments", "{\"paymentMethod\":\"ETPAY\"}", 200);
        String id = payment.path("id").asText();
        client.post("/payments/received", "{\"id\":\"" + id + "\"}", 200);
        client.post("/_sandbox/payments/" + id + "/advance", "{\"to\":\"SETTLED\"}", 200);
        client.post("/payments/" + id + "/refund", "{\"amount\":\"1000\"}", 201);
        return 5;
    }

    private static String shorten(String query) {
        return query.replaceAll("=[0-9a-f]{24}", "=<id>").replaceAll("accountNumber=\\d+", "accountNumber=<n>");
    }

    private static void print(BenchStats stats) {
        System.out.println(stats);
    }

    /** Raw HTTP with a token, so the figures are the server's and not a client library's. */
    private static final class Client {
        private static final OkHttpClient HTTP = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(CLIENTS * 2, 1, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .build();
        private final String baseUrl;
        private final String apiKey;
        private final String token;

        Client(SandboxServer server) throws IOException {
            baseUrl = server.baseUrl();
            apiKey = server.options().apiKey();
            JsonNode answer = JSON.readTree(call(new Request.Builder().url(baseUrl + "/auth").header("x-api-key", apiKey)
                    .post(RequestBody.create("{\"clientId\":\"" + server.options().clientId() + "\",\"clientSecret\":\""
                            + server.options().clientSecret() + "\"}", JSON_TYPE)).build(), 200));
            token = answer.path("accessToken").asText();
        }

        JsonNode get(String path) throws IOException {
            return JSON.readTree(call(authorized(path).get().build(), 200));
        }

        /** A GET whose answer is read but not parsed: the clients share the CPU with the server. */
        void fetch(String path) throws IOException {
            call(authorized(path).get().build(), 200);
        }

        JsonNode post(String path, String body, int expected) throws IOException {
            return JSON.readTree(call(authorized(path).post(RequestBody.create(body, JSON_TYPE)).build(), expected));
        }

        private Request.Builder authorized(String path) {
            return new Request.Builder().url(baseUrl + path).header("x-api-key", apiKey).header("Authorization", "Bearer " + token);
        }

        private static byte[] call(Request request, int expected) throws IOException {
            try (Response response = HTTP.newCall(request).execute()) {
                byte[] body = response.body().bytes();
                if (response.code() != expected) {
                    throw new AssertionError(request.method() + " " + request.url().encodedPath() + " answered " + response.code());
                }
                return body;
            }
        }
    }
}
