package dev.checkoutconsole.api.model;

/**
 * Any failure of a call to the Conomy API. The subclasses say which kind, so callers can tell a refusal by the
 * server from a server that could not be reached, a call that took too long, and a call the user cancelled.
 */
public abstract sealed class ConomyException extends RuntimeException
        permits ApiErrorException, ConnectionFailedException, CallTimeoutException, CallCancelledException {

    protected ConomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
