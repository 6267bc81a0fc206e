package dev.checkoutconsole.api.model;

import java.math.BigDecimal;
import java.time.Instant;

/** The 201 answer of POST /payments/{id}/refund. */
public record RefundCreated(
        String refundId,
        String parentPaymentId,
        OpenEnum<PaymentStatus> status,
        BigDecimal totalAmount,
        String currency,
        Instant createdAt) {
}
