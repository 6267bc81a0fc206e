package dev.checkoutconsole.sandbox;

/** Sees every answer the sandbox gives, for contract tests. body is null when the answer has none. */
@FunctionalInterface
public interface ResponseObserver {
    void onResponse(String method, String path, int status, String body, String contentType);
}
