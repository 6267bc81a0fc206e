package dev.checkoutconsole.ui.detail;

import dev.checkoutconsole.api.model.Payment;
import dev.checkoutconsole.api.model.RefundSummary;

/** A payment of the session with its refund summary, when the payment can have refunds. */
public record PaymentRow(Payment payment, RefundSummary refundSummary, String refundSummaryProblem) {
}
