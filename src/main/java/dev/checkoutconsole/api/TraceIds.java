package dev.checkoutconsole.api;

import okhttp3.Headers;

import java.util.List;

/**
 * Finds the id support needs to trace a request when the body does not carry Conomy's traceId. Conomy documents
 * none of these headers; the list covers the usual ones, most specific first: x-trace-id, x-request-id,
 * x-amzn-requestid (Conomy's x-api-key is an API-Gateway key), x-amzn-trace-id, then the W3C traceparent, of
 * which only the trace-id part is kept.
 */
final class TraceIds {
    private static final List<String> ID_HEADERS = List.of("x-trace-id", "x-request-id", "x-amzn-requestid", "x-amzn-trace-id");

    private TraceIds() {
    }

    /** The trace id in the headers, or null. */
    static String fromHeaders(Headers headers) {
        for (String name : ID_HEADERS) {
            String value = headers.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return traceparentTraceId(headers.get("traceparent"));
    }

    /** traceparent = version-traceid-parentid-flags; the trace id is the second field. */
    private static String traceparentTraceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.trim().split("-");
        return parts.length >= 4 && !parts[1].isBlank() ? parts[1] : null;
    }
}
