package dev.checkoutconsole.api.model;

/**
 * The documented error body {status, code, type, detail, traceId} (CONOMY-API.md §5.1). The other published
 * shapes are normalised into this one by the client.
 */
public record ApiError(int status, String code, String type, String detail, String traceId) {

    /** A field as people see it: "-" for one the server did not send (an empty or non-JSON error body). */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
