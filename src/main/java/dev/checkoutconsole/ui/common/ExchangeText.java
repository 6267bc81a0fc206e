package dev.checkoutconsole.ui.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.checkoutconsole.api.model.HttpExchange;
import dev.checkoutconsole.api.model.HttpHeader;
import dev.checkoutconsole.api.model.ModelJson;

import java.util.List;

/**
 * A logged exchange as people read it: the request line, headers and body; the status, duration, traceId, headers
 * and body of the answer. Exchanges are redacted before they exist, so these texts carry no secret.
 */
public final class ExchangeText {
    private ExchangeText() {
    }

    /** "POST /payment-links → 201 in 35 ms", or "… → no answer (timeout)". */
    public static String summary(HttpExchange exchange) {
        return exchange.method() + " " + exchange.path() + " → " + outcome(exchange) + " in " + exchange.duration().toMillis() + " ms";
    }

    /** "201", or "no answer (why)". */
    public static String outcome(HttpExchange exchange) {
        return exchange.status() == null ? "no answer (" + exchange.failure() + ")" : String.valueOf(exchange.status());
    }

    public static String request(HttpExchange exchange) {
        return exchange.method() + " " + exchange.url() + "\n" + headers(exchange.requestHeaders()) + body(exchange.requestBody());
    }

    public static String response(HttpExchange exchange) {
        String head = exchange.status() == null
                ? "No answer: " + exchange.failure()
                : "HTTP " + exchange.status();
        return head + " · " + exchange.duration().toMillis() + " ms"
                + (exchange.traceId() == null ? "" : " · traceId " + exchange.traceId()) + "\n"
                + headers(exchange.responseHeaders()) + body(exchange.responseBody());
    }

    private static String headers(List<HttpHeader> headers) {
        StringBuilder text = new StringBuilder();
        for (HttpHeader header : headers) {
            text.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        return text.toString();
    }

    /** A JSON body pretty-printed, any other body as it came, after a blank line. */
    private static String body(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        try {
            return "\n" + ModelJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ModelJson.mapper().readTree(body));
        } catch (JsonProcessingException notJson) {
            return "\n" + body;
        }
    }
}
