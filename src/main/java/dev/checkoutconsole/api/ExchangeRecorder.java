package dev.checkoutconsole.api;

import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import okhttp3.Request;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports each HTTP attempt to the HttpExchangeListener, redacted before it leaves this class. Long bodies are cut
 * after redaction (so no secret is cut in half and missed); a listener that fails does not fail the call, whose
 * request may already have changed something on the server.
 */
final class ExchangeRecorder {
    static final int BODY_LIMIT = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(ExchangeRecorder.class.getName());

    private final HttpExchangeListener listener;
    private final SecretRedactor redactor;
    private final ApiErrorParser errors;
    private final AtomicLong sequence = new AtomicLong();

    ExchangeRecorder(HttpExchangeListener listener, SecretRedactor redactor, ApiErrorParser errors) {
        this.listener = listener;
        this.redactor = redactor;
        this.errors = errors;
    }

    /** An attempt that got an answer. */
    void answered(Request request, String requestBody, Instant startedAt, Duration duration, RawResponse response) {
        if (listener == HttpExchangeListener.NONE) {
            return;
        }
        String traceId = response.successful() ? TraceIds.fromHeaders(response.headers()) : errors.error(response).traceId();
        report(request, requestBody, startedAt, duration, response.status(), redactor.headers(response.headers()),
                limited(redactor.body(response.bodyText())), redactor.text(traceId), null);
    }

    /** An attempt that got no answer; failure says why. */
    void failed(Request request, String requestBody, Instant startedAt, Duration duration, String failure) {
        if (listener == HttpExchangeListener.NONE) {
            return;
        }
        report(request, requestBody, startedAt, duration, null, List.of(), null, null, redactor.text(failure));
    }

    private void report(Request request, String requestBody, Instant startedAt, Duration duration, Integer status,
                        List<HttpHeader> responseHeaders, String responseBody, String traceId, String failure) {
        HttpExchange exchange = new HttpExchange(sequence.incrementAndGet(), startedAt, request.method(),
                redactor.text(request.url().toString()), redactor.headers(request.headers()),
                limited(redactor.body(requestBody)), status, responseHeaders, responseBody, duration, traceId, failure);
        try {
            listener.onExchange(exchange);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The HTTP exchange listener failed on exchange " + exchange.sequence(), e);
        }
    }

    private static String limited(String body) {
        if (body == null || body.length() <= BODY_LIMIT) {
            return body;
        }
        return body.substring(0, BODY_LIMIT) + "… [cut: " + body.length() + " characters in all]";
    }
}
