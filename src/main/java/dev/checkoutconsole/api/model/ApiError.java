package dev.checkoutconsole.api.model;

/**
 * The documented error body {status, code, type, detail, traceId} (CONOMY-API.md §5.1). The other published
 * shapes are normalised into this one by the client.
 */
public record ApiError(int status, String code, String type, String detail, String traceId) {
}
