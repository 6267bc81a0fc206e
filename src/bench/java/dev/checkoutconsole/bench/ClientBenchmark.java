package dev.checkoutconsole.bench;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.checkoutconsole.api.ClientConfig;
import dev.checkoutconsole.api.ConomyClient;
import dev.checkoutconsole.api.HttpExchangeListener;
import dev.checkoutconsole.api.model.ApiVersion;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.Page;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Issue 2 §6: how long the client takes to parse a page of checkout sessions, and what one list call costs over
 * loopback compared with a bare OkHttp GET of the same URL (so the difference is the client's own work: headers,
 * token, JSON reading, and the redacted exchange log when a listener is attached).
 * <p>
 * Run: {@code mvn -Pbench -DskipTests -Dbench=ClientBenchmark test-compile exec:exec}
 * (optionally {@code -Dbench.args="WARMUP ITERATIONS"}, default 300 and 1000).
 */
public final class ClientBenchmark {
    private static final ObjectMapper JSON = ModelJson.mapper();
    private static final JavaType SESSION_PAGE = JSON.getTypeFactory().constructParametricType(Page.class, CheckoutSession.class);

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.printf(Locale.ROOT, "ClientBenchmark: %d warm-up and %d measured runs each; Java %s, %d cores%n",
                warmup, iterations, Runtime.version(), Runtime.getRuntime().availableProcessors());

        for (int size : new int[] {50, 500}) {
            byte[] page = sessionPage(size, new Random(size)).getBytes(StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%nPage of %d sessions: %,d bytes%n", size, page.length);
            print(new BenchStats("parse " + size + " sessions (ModelJson)", measure(warmup, iterations, () -> parse(page))));

            HttpServer server = serve(page);
            ExecutorService serverThreads = (ExecutorService) server.getExecutor();
            String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
            try {
                OkHttpClient bare = new OkHttpClient();
                Request get = new Request.Builder().url(baseUrl + "/checkout-sessions?limit=" + size).build();
                print(new BenchStats("bare OkHttp GET, " + size + " sessions", measure(warmup, iterations, () -> fetch(bare, get))));

                try (ConomyClient client = new ConomyClient(config(baseUrl), HttpExchangeListener.NONE)) {
                    CheckoutSessionQuery query = CheckoutSessionQuery.all().withPage(size, 0);
                    print(new BenchStats("client list call, " + size + " sessions", measure(warmup, iterations,
                            () -> client.listCheckoutSessions(query).execute().results().size())));
                }
                try (ConomyClient logged = new ConomyClient(config(baseUrl), exchange -> { })) {
                    CheckoutSessionQuery query = CheckoutSessionQuery.all().withPage(size, 0);
                    print(new BenchStats("client list call + exchange log, " + size, measure(warmup, iterations,
                            () -> logged.listCheckoutSessions(query).execute().results().size())));
                }
                bare.connectionPool().evictAll();
                bare.dispatcher().executorService().shutdown();
            } finally {
                server.stop(0);
                serverThreads.shutdownNow();
            }
        }
    }

    private static ClientConfig config(String baseUrl) {
        return new ClientConfig(baseUrl, "bench-api-key", "bench-access-token", null, null, ApiVersion.V2, null, null);
    }

    private static long[] measure(int warmup, int iterations, Supplier<Object> work) {
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = work.get();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == null) {
            throw new IllegalStateException("the measured work produced nothing");
        }
        return nanos;
    }

    private static void print(BenchStats stats) {
        System.out.println(stats);
    }

    private static Page<CheckoutSession> parse(byte[] page) {
        try {
            return JSON.readValue(page, SESSION_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer fetch(OkHttpClient http, Request request) {
        try (Response response = http.newCall(request).execute()) {
            return response.body().bytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback server that answers every request with the same page. */
    private static HttpServer serve(byte[] page) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK, and
        // small answers wait ~40 ms: a loopback artefact that would hide everything measured here.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }

    /** A list envelope of sessions shaped like CONOMY-API.md §3.1, with varied values. */
    static String sessionPage(int size, Random random) {
        String[] statuses = {"ATTEMPT", "ACTIVE", "EXPIRED", "FINISHED", "PROCESSING_PAYMENT", "FAILED"};
        String[][] rails = {{"CLP", "ETPAY", "WEBPAY"}, {"COP", "PSE", "NEQUI"}, {"ARS", "PCT", "CVU"}, {"MXN", "SPEI", "CARD"}};
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        StringBuilder json = new StringBuilder(size * 1800);
        json.append("{\"pagination\":{\"count\":").append(size).append(",\"next\":").append(size)
                .append(",\"previous\":0,\"total\":").append(size * 7).append("},\"results\":[");
        for (int i = 0; i < size; i++) {
            String[] rail = rails[random.nextInt(rails.length)];
            String currency = rail[0];
            String amount = currency.equals("CLP") ? String.valueOf(1000 + random.nextInt(500_000))
                    : (10 + random.nextInt(9000)) + "." + String.format(Locale.ROOT, "%02d", random.nextInt(100));
            Instant created = base.plusSeconds(random.nextInt(90 * 24 * 3600)).plusMillis(random.nextInt(1000));
            String id = String.format(Locale.ROOT, "%024x", random.nextLong() & Long.MAX_VALUE);
            String token = "invoice-" + (100_000 + i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"").append(id).append("\",\"paymentLinkId\":\"").append(id, 0, 20).append("aaaa\"")
                    .append(",\"checkoutToken\":\"").append(token).append('"')
                    .append(",\"paymentConfigs\":[{\"currency\":\"").append(currency).append("\",\"product\":\"")
                    .append(currency).append(':').append(currency).append("\",\"exchangeRate\":\"1\",\"paymentMethods\":[")
                    .append("{\"id\":\"").append(rail[1]).append("\",\"type\":\"").append(rail[1])
                    .append("\",\"enabled\":true,\"requiredFields\":[\"").append(rail[1].toLowerCase(Locale.ROOT))
                    .append(".customer.email\"],\"purchaseAmount\":\"").append(amount).append("\"},")
                    .append("{\"id\":\"").append(rail[2]).append("\",\"type\":\"").append(rail[2])
                    .append("\",\"enabled\":").append(random.nextBoolean()).append(",\"requiredFields\":[],\"purchaseAmount\":\"")
                    .append(amount).append("\"}]}]")
                    .append(",\"createdAt\":\"").append(created).append('"')
                    .append(",\"status\":\"").append(statuses[random.nextInt(statuses.length)]).append('"')
                    .append(",\"items\":[{\"preTaxAmount\":\"").append(amount).append("\",\"totalAmount\":\"").append(amount)
                    .append("\",\"description\":\"Invoice ").append(100_000 + i).append("\",\"tax\":null}]")
                    .append(",\"currency\":\"").append(currency).append('"')
                    .append(",\"preTaxAmount\":\"").append(amount).append("\",\"totalAmount\":\"").append(amount).append('"')
                    .append(",\"url\":\"https://checkout.conomyhq.com/").append(token).append('"')
                    .append(",\"paymentMethodsAllowed\":[\"").append(rail[1]).append("\",\"").append(rail[2]).append("\"]")
                    .append(",\"customer\":{\"firstName\":\"Payer").append(i).append("\",\"lastName\":\"Doe\",\"email\":\"payer")
                    .append(i).append("@example.com\",\"documentType\":\"RUT\",\"documentNumber\":\"")
                    .append(10_000_000 + random.nextInt(9_000_000)).append("\"}")
                    .append(",\"redirectUrl\":\"https://merchant.example/invoices/").append(token).append("/done\"")
                    .append(",\"destinations\":[{\"type\":\"ACCOUNT\",\"amount\":\"").append(amount)
                    .append("\",\"account\":{\"type\":\"CHECKING\",\"currency\":\"").append(currency)
                    .append("\",\"accountNumber\":\"").append(100_000 + random.nextInt(900_000))
                    .append("\",\"accountHolder\":\"Merchant SpA\"}}]")
                    .append(",\"customerRequirements\":[\"firstName\",\"email\"]")
                    .append(",\"expiresAt\":\"").append(created.plusSeconds(86_400)).append('"')
                    .append(",\"owner\":{\"identityId\":\"679c482ee4420cb5b0966c9a\"}}");
        }
        return json.append("]}").toString();
    }
}
