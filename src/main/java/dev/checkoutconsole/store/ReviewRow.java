package dev.checkoutconsole.store;

import java.math.BigDecimal;
import java.time.Instant;

/** One refund review as stored. State names are the service's; the store only compares them. */
public record ReviewRow(
        long id,
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
        String decidedBy,
        Instant decidedAt,
        String rejectReason,
        Instant intentAt,
        Instant resultAt,
        String refundId,
        String refundStatus,
        String failure,
        Instant updatedAt) {
}
