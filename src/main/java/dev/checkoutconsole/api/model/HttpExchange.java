package dev.checkoutconsole.api.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One request and its answer, as the HTTP log keeps it. Every secret header and body field is already redacted
 * when an instance exists, so it can be shown, copied and exported. status is null when no answer came, and
 * failure then says why.
 */
public record HttpExchange(
        long sequence,
        Instant startedAt,
        String method,
        String url,
        List<HttpHeader> requestHeaders,
        String requestBody,
        Integer status,
        List<HttpHeader> responseHeaders,
        String responseBody,
        Duration duration,
        String traceId,
        String failure) {

    /** The failure of a call the console itself cancelled, e.g. a page load that a newer one replaced. */
    public static final String CANCELLED = "cancelled";

    public HttpExchange {
        requestHeaders = Lists.copy(requestHeaders);
        responseHeaders = Lists.copy(responseHeaders);
    }

    /** True for a call cancelled by the console: it says nothing about the server. */
    public boolean cancelled() {
        return status == null && CANCELLED.equals(failure);
    }

    /** The request path and query, without scheme and host. */
    public String path() {
        int schemeEnd = url.indexOf("://");
        int pathStart = schemeEnd < 0 ? 0 : url.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : url.substring(pathStart);
    }
}
