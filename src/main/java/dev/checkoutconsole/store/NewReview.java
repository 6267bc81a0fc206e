package dev.checkoutconsole.store;

import java.math.BigDecimal;
import java.time.Instant;

/** A review to insert in its first state. */
public record NewReview(
        String paymentId,
        String currency,
        BigDecimal amount,
        BigDecimal maxRefundable,
        String reason,
        String note,
        String state,
        String profile,
        String flaggedBy,
        Instant flaggedAt,
        String comment) {
}
