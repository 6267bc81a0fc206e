package dev.checkoutconsole.service;

/**
 * A refund-review rule refused the action (the same operator approving, a second open flag on a payment, a review
 * in a state that does not allow it). Nothing was sent; the message says which rule and why.
 */
public final class ReviewRefusedException extends RuntimeException {
    public ReviewRefusedException(String message) {
        super(message);
    }
}
