package dev.checkoutconsole.api.model;

import java.math.BigDecimal;

/**
 * What has been refunded of one payment. maxRefundable = parentAmount - (totalRefunded + totalInProgress).
 */
public record RefundSummary(
        String parentPaymentId,
        BigDecimal parentAmount,
        String currency,
        BigDecimal totalRefunded,
        BigDecimal totalInProgress,
        BigDecimal totalFailed,
        BigDecimal maxRefundable,
        int completedCount,
        int inProgressCount,
        int failedCount) {
}
