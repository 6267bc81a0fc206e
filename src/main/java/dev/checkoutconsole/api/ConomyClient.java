package dev.checkoutconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.checkoutconsole.api.model.AccessToken;
import dev.checkoutconsole.api.model.ApiError;
import dev.checkoutconsole.api.model.ApiErrorException;
import dev.checkoutconsole.api.model.CheckoutPaymentRequest;
import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionQuery;
import dev.checkoutconsole.api.model.CreateCheckoutSessionRequest;
import dev.checkoutconsole.api.model.InvalidInputException;
import dev.checkoutconsole.api.model.ModelJson;
import dev.checkoutconsole.api.model.Page;
import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.PaymentLink;
import dev.checkoutconsole.api.model.PaymentLinkQuery;
import dev.checkoutconsole.api.model.PaymentQuery;
import dev.checkoutconsole.api.model.PaymentRefunds;
import dev.checkoutconsole.api.model.PaymentStatus;
import dev.checkoutconsole.api.model.RefundCreated;
import dev.checkoutconsole.api.model.RefundQuery;
import dev.checkoutconsole.api.model.RefundRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Conomy API, one method per endpoint. Every method only prepares the call; see {@link ApiCall}.
 * GETs are retried on transient failures; POST and DELETE never are. One client is safe to share between threads.
 * <p>
 * Input is refused with InvalidInputException before anything is sent: a base URL that is not http(s) (by the
 * constructor), an empty, "." or ".." id (when the call is prepared), and, when the call runs, the lack of both an
 * access token and a client id and secret to obtain one. Everything else ends in a ConomyException: the server's
 * error (ApiErrorException), no connection (ConnectionFailedException), a timeout (CallTimeoutException) or a
 * cancellation (CallCancelledException).
 */
public final class ConomyClient implements AutoCloseable {
    private static final ObjectMapper JSON = ModelJson.mapper();

    private final ClientConfig config;
    private final EndpointUrls urls;
    private final OkHttpClient http;
    private final ResponseReaders readers;
    private final TokenProvider tokens;
    private final CallRunner runner;

    public ConomyClient(ClientConfig config, HttpExchangeListener listener) {
        this(config, listener, ClientRuntime.system());
    }

    ConomyClient(ClientConfig config, HttpExchangeListener listener, ClientRuntime runtime) {
        this.config = Objects.requireNonNull(config, "config");
        this.urls = new EndpointUrls(config.baseUrl());
        SecretRedactor redactor = new SecretRedactor(Arrays.asList(config.apiKey(), config.accessToken(), config.clientSecret()));
        ApiErrorParser errors = new ApiErrorParser(redactor);
        this.http = httpClient(config.timeouts(), runtime);
        this.readers = new ResponseReaders(redactor);
        AttemptSender sender = new AttemptSender(http, blankToNull(config.apiKey()), config.apiVersion(), urls.host(),
                new TransportFailures(config.timeouts()),
                new ExchangeRecorder(listener == null ? HttpExchangeListener.NONE : listener, redactor, errors),
                runtime.clock());
        this.tokens = new TokenProvider(blankToNull(config.accessToken()), this::requestToken, runtime.clock(), redactor);
        this.runner = new CallRunner(sender, tokens, new RetrySchedule(config.retryPolicy(), runtime.jitter()), errors, runtime);
    }

    private static OkHttpClient httpClient(ClientConfig.Timeouts timeouts, ClientRuntime runtime) {
        return new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                // OkHttp would otherwise resend a request, POSTs included, after some connection failures.
                .retryOnConnectionFailure(false)
                // A redirect to another host would take the x-api-key along; the error names the new address.
                .followRedirects(false)
                .followSslRedirects(false)
                // Idle connections are dropped before typical server idle limits, so a POST rarely meets a stale one.
                .connectionPool(new ConnectionPool(5, 30, TimeUnit.SECONDS))
                .addNetworkInterceptor(new SilentResendGuard(runtime.clock()))
                .eventListenerFactory(ConnectionProgress.LISTENER_FACTORY)
                .build();
    }

    // --- checkout sessions ---

    /** GET /checkout-sessions with the query's filters. */
    public ApiCall<Page<CheckoutSession>> listCheckoutSessions(CheckoutSessionQuery query) {
        return call(ApiRequest.get(urls.path("checkout-sessions").query(orAll(query, CheckoutSessionQuery::all).toQueryParameters()).build()),
                readers.page(CheckoutSession.class));
    }

    /** GET /checkout-sessions/{id}. */
    public ApiCall<CheckoutSession> getCheckoutSession(String checkoutSessionId) {
        return call(ApiRequest.get(sessionUrl(checkoutSessionId).build()), readers.json(CheckoutSession.class));
    }

    /** DELETE /checkout-sessions/{id}, which answers 200 {}. */
    public ApiCall<Void> deleteCheckoutSession(String checkoutSessionId) {
        return call(ApiRequest.delete(sessionUrl(checkoutSessionId).build()), readers.none());
    }

    /** POST /checkout-sessions (201). */
    public ApiCall<CheckoutSession> createCheckoutSession(CreateCheckoutSessionRequest request) {
        return call(ApiRequest.post(urls.path("checkout-sessions").build(), body("request", request)),
                readers.json(CheckoutSession.class));
    }

    /** POST /checkout-sessions/{id}/payments (200): pays the session, answering the payment it created. */
    public ApiCall<Payment> payCheckoutSession(String checkoutSessionId, CheckoutPaymentRequest request) {
        return call(ApiRequest.post(sessionUrl(checkoutSessionId).path("payments").build(), body("request", request)),
                readers.json(Payment.class));
    }

    /** POST /checkout-sessions/token/{checkoutToken}/refresh with {} (201). */
    public ApiCall<CheckoutSession> refreshCheckoutSession(String checkoutToken) {
        return call(ApiRequest.post(urls.path("checkout-sessions", "token").id("checkoutToken", checkoutToken).path("refresh").build(),
                emptyObject()), readers.json(CheckoutSession.class));
    }

    /** POST /payment-links/token/{token}/checkout-sessions with {} (201): opens a session of a payment link. */
    public ApiCall<CheckoutSession> createCheckoutSessionFromLink(String paymentLinkToken) {
        return call(ApiRequest.post(urls.path("payment-links", "token").id("paymentLinkToken", paymentLinkToken)
                .path("checkout-sessions").build(), emptyObject()), readers.json(CheckoutSession.class));
    }

    // --- auth ---

    /**
     * POST /auth with the configured client id and secret. The token obtained is also the one the following calls
     * use, unless the configuration gives an access token of its own.
     */
    public ApiCall<AccessToken> authenticate() {
        return new PreparedCall<>("POST /auth", tokens::renew);
    }

    // --- payments ---

    /** GET /payments with the query's filters, checkoutSessionId included. */
    public ApiCall<Page<Payment>> listPayments(PaymentQuery query) {
        return call(ApiRequest.get(urls.path("payments").query(orAll(query, PaymentQuery::all).toQueryParameters()).build()),
                readers.page(Payment.class));
    }

    /** GET /payments/{id}. */
    public ApiCall<Payment> getPayment(String paymentId) {
        return call(ApiRequest.get(paymentUrl(paymentId).build()), readers.json(Payment.class));
    }

    // --- refunds ---

    /** POST /payments/{id}/refund (201). A null request, or a null amount, refunds all that is still refundable. */
    public ApiCall<RefundCreated> refundPayment(String paymentId, RefundRequest request) {
        String body = request == null ? emptyObject() : body("request", request);
        return call(ApiRequest.post(paymentUrl(paymentId).path("refund").build(), body), readers.json(RefundCreated.class));
    }

    /** GET /payments/{id}/refunds: the payment's refunds with their summary, maxRefundable included. */
    public ApiCall<PaymentRefunds> listPaymentRefunds(String paymentId) {
        return call(ApiRequest.get(paymentUrl(paymentId).path("refunds").build()), readers.json(PaymentRefunds.class));
    }

    /** GET /refunds, read into a page of refund payments whichever documented form the server answers in. */
    public ApiCall<Page<Payment>> listRefunds(RefundQuery query) {
        RefundQuery filters = orAll(query, RefundQuery::all);
        RefundPageReader pages = new RefundPageReader(filters.limit(), filters.offset());
        return call(ApiRequest.get(urls.path("refunds").query(filters.toQueryParameters()).build()),
                readers.tree("a page of refunds", pages::read));
    }

    // --- payment links ---

    /** POST /payment-links (201); the body is the create-checkout-session schema. */
    public ApiCall<PaymentLink> createPaymentLink(CreateCheckoutSessionRequest request) {
        return call(ApiRequest.post(urls.path("payment-links").build(), body("request", request)), readers.json(PaymentLink.class));
    }

    /** GET /payment-links with the query's filters. */
    public ApiCall<Page<PaymentLink>> listPaymentLinks(PaymentLinkQuery query) {
        return call(ApiRequest.get(urls.path("payment-links").query(orAll(query, PaymentLinkQuery::all).toQueryParameters()).build()),
                readers.page(PaymentLink.class));
    }

    /** GET /payment-links/{id}. */
    public ApiCall<PaymentLink> getPaymentLink(String paymentLinkId) {
        return call(ApiRequest.get(linkUrl(paymentLinkId).build()), readers.json(PaymentLink.class));
    }

    /** DELETE /payment-links/{id}, which answers 204. */
    public ApiCall<Void> deletePaymentLink(String paymentLinkId) {
        return call(ApiRequest.delete(linkUrl(paymentLinkId).build()), readers.none());
    }

    /** POST /payment-links/{id}/activate with {} (200). */
    public ApiCall<PaymentLink> activatePaymentLink(String paymentLinkId) {
        return call(ApiRequest.post(linkUrl(paymentLinkId).path("activate").build(), emptyObject()), readers.json(PaymentLink.class));
    }

    // --- sandbox provider simulator (sandbox environments only) ---

    /** POST /payments/received {"id": …}: the documented simulation of the provider confirming funds. */
    public ApiCall<Payment> simulatePaymentReceived(String paymentId) {
        requireId("paymentId", paymentId);
        ObjectNode body = JSON.createObjectNode().put("id", paymentId);
        return call(ApiRequest.post(urls.path("payments", "received").build(), body.toString()), readers.json(Payment.class));
    }

    /** POST /_sandbox/payments/{id}/advance {"to": …}: the embedded sandbox's own transition driver. */
    public ApiCall<Payment> advanceSandboxPayment(String paymentId, PaymentStatus to) {
        if (to == null) {
            throw new InvalidInputException("to", "is required");
        }
        ObjectNode body = JSON.createObjectNode().put("to", to.name());
        return call(ApiRequest.post(urls.path("_sandbox", "payments").id("paymentId", paymentId).path("advance").build(), body.toString()),
                readers.json(Payment.class));
    }

    /** Releases idle connections. Calls still running finish normally. */
    @Override
    public void close() {
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "ConomyClient[" + config + "]";
    }

    // --- helpers ---

    private <T> ApiCall<T> call(ApiRequest request, CallRunner.ResponseReader<T> reader) {
        return new PreparedCall<>(request.toString(), control -> runner.run(request, reader, control));
    }

    /** The token source of TokenProvider: POST /auth with the configured credentials. */
    private AccessToken requestToken(CallControl control) {
        String clientId = requireCredential("clientId", config.clientId());
        String clientSecret = requireCredential("clientSecret", config.clientSecret());
        ObjectNode credentials = JSON.createObjectNode().put("clientId", clientId).put("clientSecret", clientSecret);
        ApiRequest request = ApiRequest.postWithoutToken(urls.path("auth").build(), credentials.toString());
        return runner.run(request, response -> {
            AccessToken token = readers.json(AccessToken.class).read(response);
            if (token.accessToken() == null || token.accessToken().isBlank()) {
                throw new ApiErrorException(new ApiError(response.status(), null, ResponseReaders.UNREADABLE,
                        "The answer of POST /auth has no accessToken", TraceIds.fromHeaders(response.headers())));
            }
            return token;
        }, control);
    }

    private EndpointUrls.Url sessionUrl(String checkoutSessionId) {
        return urls.path("checkout-sessions").id("checkoutSessionId", checkoutSessionId);
    }

    private EndpointUrls.Url paymentUrl(String paymentId) {
        return urls.path("payments").id("paymentId", paymentId);
    }

    private EndpointUrls.Url linkUrl(String paymentLinkId) {
        return urls.path("payment-links").id("paymentLinkId", paymentLinkId);
    }

    private static void requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
    }

    private static String requireCredential(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required to obtain an access token when none is given");
        }
        return value;
    }

    private static <Q> Q orAll(Q query, Supplier<Q> all) {
        return query == null ? all.get() : query;
    }

    private static String body(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String emptyObject() {
        return "{}";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
