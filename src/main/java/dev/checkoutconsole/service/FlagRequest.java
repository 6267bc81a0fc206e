package dev.checkoutconsole.service;

/**
 * A payment to flag for a refund: why, how much (null or blank: everything still refundable), and a note (required
 * when the reason is OTHER). The amount is text as the user typed it, so the rules can name what is wrong with it.
 */
public record FlagRequest(String paymentId, RefundReason reason, String amount, String note) {
}
