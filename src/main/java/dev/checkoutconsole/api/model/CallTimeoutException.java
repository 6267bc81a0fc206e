package dev.checkoutconsole.api.model;

/** The server was reached but did not answer in time. A write may or may not have been applied. */
public final class CallTimeoutException extends ConomyException {

    public CallTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
