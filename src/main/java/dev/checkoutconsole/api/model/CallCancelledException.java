package dev.checkoutconsole.api.model;

/** The call was cancelled by the user before it finished. */
public final class CallCancelledException extends ConomyException {

    public CallCancelledException(String message) {
        super(message, null);
    }
}
