package dev.checkoutconsole.api.model;

/** The server could not be reached, or dropped the connection before answering. */
public final class ConnectionFailedException extends ConomyException {

    public ConnectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
