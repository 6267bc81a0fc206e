package dev.checkoutconsole.ui.common;

import dev.checkoutconsole.api.model.CheckoutSession;

/**
 * How one feature opens another without depending on it: the app wires the real views, tests record the calls.
 */
public interface ConsoleNavigator {

    /** Opens the payment dialog for a payable session and returns when it is closed. */
    void openPaymentDialog(CheckoutSession session);

    /**
     * Opens the dialog that flags a SETTLED payment for a refund review, with the amount defaulting to what is still
     * refundable; returns when it is closed.
     */
    void openFlagRefundDialog(String paymentId, String currency, java.math.BigDecimal maxRefundable);

    /** Tells the views that show sessions that this one changed (paid, refreshed, deleted). */
    void sessionChanged(String checkoutSessionId);
}
