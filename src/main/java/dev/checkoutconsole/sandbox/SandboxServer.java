package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded Conomy sandbox: an HTTP server on 127.0.0.1 that answers the Conomy API (CONOMY-API.md §2–§6) from
 * in-memory state. Every route answers with and without the /sandbox prefix of the hosted sandbox. Javalin does
 * the HTTP; the sandbox's classes hold the state, rules and JSON.
 */
public final class SandboxServer implements AutoCloseable {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/sandbox";
    private static final String CHAOS_PATH = "/_sandbox/chaos";

    private final SandboxOptions options;
    private final SandboxClock clock = new SandboxClock();
    private final SandboxState state;
    private final Auth auth;
    private final CheckoutSessions sessions;
    private final PaymentLinks links;
    private final Payments payments;
    private final Listings listings;
    private final Chaos chaos;
    private final List<ResponseObserver> observers = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Javalin app;

    private SandboxServer(SandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.state = new SandboxState(clock, options.seed());
        this.auth = new Auth(options, clock);
        this.sessions = new CheckoutSessions(state);
        this.links = new PaymentLinks(state);
        this.payments = new Payments(state);
        this.listings = new Listings(state);
        this.chaos = new Chaos(options.chaos());
    }

    /** Seeds the data and starts listening; returns once the port is bound. */
    public static SandboxServer start(SandboxOptions options) {
        SandboxServer server = new SandboxServer(options);
        server.state.write(() -> {
            SeedData.populate(server.state, options.seedSessions(), options.seed());
            return null;
        });
        server.app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = options.port();
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // Loopback only: compressing pages would cost CPU and save nothing.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            server.routes(config.routes);
        });
        server.app.start();
        return server;
    }

    public SandboxOptions options() {
        return options;
    }

    public int port() {
        return app.port();
    }

    /** http://127.0.0.1:PORT, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public SandboxClock clock() {
        return clock;
    }

    public ChaosSettings chaos() {
        return chaos.settings();
    }

    public void setChaos(ChaosSettings settings) {
        chaos.set(Objects.requireNonNull(settings, "settings"));
    }

    public void addResponseObserver(ResponseObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** Blocks until the server is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops the server; closing twice (a shutdown hook and the command) is harmless. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            app.stop();
        } finally {
            closed.countDown();
        }
    }

    // --- routes ---

    private void routes(RoutesConfig routes) {
        routes.beforeMatched(this::beforeEveryRoute);

        post(routes, "/auth", ctx -> respond(ctx, 200, auth.issueToken(ctx.header("x-api-key"), body(ctx))));

        get(routes, "/checkout-sessions", ctx -> respond(ctx, 200, listings.sessions(ctx.queryParamMap())));
        post(routes, "/checkout-sessions", ctx -> respond(ctx, 201, sessions.create(body(ctx))));
        get(routes, "/checkout-sessions/{id}", ctx -> respond(ctx, 200, sessions.get(ctx.pathParam("id"))));
        delete(routes, "/checkout-sessions/{id}", ctx -> {
            sessions.delete(ctx.pathParam("id"));
            respond(ctx, 200, JsonNodeFactory.instance.objectNode());
        });
        post(routes, "/checkout-sessions/{id}/payments", ctx -> respond(ctx, 200, sessions.pay(ctx.pathParam("id"), body(ctx))));
        post(routes, "/checkout-sessions/token/{token}/refresh", ctx -> {
            optionalBody(ctx);
            respond(ctx, 201, sessions.refresh(ctx.pathParam("token")));
        });

        post(routes, "/payment-links", ctx -> respond(ctx, 201, links.create(body(ctx))));
        get(routes, "/payment-links", ctx -> respond(ctx, 200, listings.links(ctx.queryParamMap())));
        get(routes, "/payment-links/{id}", ctx -> respond(ctx, 200, links.get(ctx.pathParam("id"))));
        delete(routes, "/payment-links/{id}", ctx -> {
            links.delete(ctx.pathParam("id"));
            respondEmpty(ctx, 204);
        });
        post(routes, "/payment-links/{id}/activate", ctx -> {
            optionalBody(ctx);
            respond(ctx, 200, links.activate(ctx.pathParam("id")));
        });
        post(routes, "/payment-links/token/{token}/checkout-sessions", ctx -> {
            JsonNode body = optionalBody(ctx);
            respond(ctx, 201, sessions.openFromLink(ctx.pathParam("token"), CustomerData.read("customer", body.get("customer"))));
        });

        get(routes, "/payments", ctx -> respond(ctx, 200, listings.payments(ctx.queryParamMap())));
        post(routes, "/payments/received", ctx -> respond(ctx, 200, payments.received(body(ctx))));
        get(routes, "/payments/{id}", ctx -> respond(ctx, 200, payments.get(ctx.pathParam("id"))));
        post(routes, "/payments/{id}/refund", ctx -> respond(ctx, 201, payments.refund(ctx.pathParam("id"), optionalBody(ctx))));
        get(routes, "/payments/{id}/refunds", ctx -> respond(ctx, 200, payments.refundsOf(ctx.pathParam("id"))));
        get(routes, "/refunds", ctx -> respond(ctx, 200, listings.refunds(ctx.queryParamMap())));

        post(routes, "/_sandbox/payments/{id}/advance", ctx -> respond(ctx, 200, payments.advance(ctx.pathParam("id"), body(ctx))));
        post(routes, CHAOS_PATH, ctx -> {
            chaos.set(Chaos.read(body(ctx)));
            respond(ctx, 200, Chaos.toJson(chaos.settings()));
        });

        routes.exception(ApiProblem.class, (problem, ctx) -> respondProblem(ctx, problem));
        routes.exception(Chaos.RateLimited.class, (limited, ctx) -> {
            ctx.header("Retry-After", String.valueOf(limited.retryAfterSeconds));
            respondProblem(ctx, ApiProblem.tooManyRequests("more than " + chaos.settings().rateLimit()
                    + " requests per second (sandbox chaos); retry after " + limited.retryAfterSeconds + " s"));
        });
        routes.exception(DroppedConnection.class, (dropped, ctx) -> {
            // Nothing to answer: the connection is gone.
        });
        routes.exception(NotFoundResponse.class, (missing, ctx) ->
                respondProblem(ctx, ApiProblem.notFound("no route " + ctx.method() + " " + ctx.path())));
        routes.exception(Exception.class, (failure, ctx) ->
                respondProblem(ctx, ApiProblem.serverError("the sandbox failed: " + failure.getClass().getSimpleName())));
    }

    private static void get(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.get(PREFIX + path, handler);
    }

    private static void post(RoutesConfig routes, String path, Handler handler) {
        routes.post(path, handler);
        routes.post(PREFIX + path, handler);
    }

    private static void delete(RoutesConfig routes, String path, Handler handler) {
        routes.delete(path, handler);
        routes.delete(PREFIX + path, handler);
    }

    /**
     * Chaos, the size limit and authentication, for matched routes only, so an unknown route is a plain 404. The
     * chaos route itself is spared the chaos, so it can always be switched off.
     */
    private void beforeEveryRoute(Context ctx) {
        ctx.attribute("traceId", UUID.randomUUID().toString());
        String path = ctx.path().startsWith(PREFIX + "/") ? ctx.path().substring(PREFIX.length()) : ctx.path();
        if (!path.equals(CHAOS_PATH) && chaos.apply() == Chaos.Verdict.DROP) {
            drop(ctx);
        }
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw ApiProblem.payloadTooLarge("the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (!path.equals("/auth")) {
            auth.check(ctx.header("x-api-key"), ctx.header("Authorization"));
        }
    }

    /** Closes the connection under the request, so the client sees it end without an answer. */
    private static void drop(Context ctx) {
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint().close();
        throw new DroppedConnection();
    }

    /** Ends the handling of a request whose connection chaos has closed. */
    private static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("connection dropped", null, false, false);
        }
    }

    // --- bodies ---

    /** The request's JSON object, read at most 1 MiB + 1 byte far: a larger body is refused unread. */
    private static JsonNode body(Context ctx) {
        byte[] bytes = boundedBody(ctx);
        if (bytes.length == 0) {
            throw ApiProblem.parsingResource("the request body is empty; a JSON object is expected");
        }
        return parseObject(bytes);
    }

    /** Like {@link #body} for endpoints whose documented body is {}: no body reads as {}. */
    private static JsonNode optionalBody(Context ctx) {
        byte[] bytes = boundedBody(ctx);
        return bytes.length == 0 ? JsonNodeFactory.instance.objectNode() : parseObject(bytes);
    }

    private static JsonNode parseObject(byte[] bytes) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            throw ApiProblem.parsingResource("the request body is not valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw ApiProblem.parsingResource("the request body must be a JSON object");
        }
        return node;
    }

    private static byte[] boundedBody(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw ApiProblem.payloadTooLarge("the body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiProblem.parsingResource("the request body could not be read");
        }
    }

    // --- answers ---

    private void respond(Context ctx, int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
        ctx.status(status).contentType("application/json").header("x-trace-id", traceId(ctx)).result(bytes);
        if (!observers.isEmpty()) {
            notifyObservers(ctx, status, new String(bytes, StandardCharsets.UTF_8), "application/json");
        }
    }

    private void respondEmpty(Context ctx, int status) {
        ctx.status(status).header("x-trace-id", traceId(ctx)).result("");
        notifyObservers(ctx, status, null, null);
    }

    private void respondProblem(Context ctx, ApiProblem problem) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("status", problem.status())
                .put("code", problem.code())
                .put("type", problem.type())
                .put("detail", problem.detail())
                .put("traceId", traceId(ctx));
        if (problem.status() == 413) {
            // The unread rest of the body makes this connection unusable.
            ctx.header("Connection", "close");
        }
        respond(ctx, problem.status(), body);
    }

    private static String traceId(Context ctx) {
        String traceId = ctx.attribute("traceId");
        if (traceId == null) {
            traceId = UUID.randomUUID().toString();
            ctx.attribute("traceId", traceId);
        }
        return traceId;
    }

    private void notifyObservers(Context ctx, int status, String body, String contentType) {
        for (ResponseObserver observer : observers) {
            observer.onResponse(ctx.method().name(), ctx.path(), status, body, contentType);
        }
    }
}
