package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * What has been refunded of one payment (CONOMY-API.md §4.3): SETTLED children are refunded, FAILED/EXPIRED/
 * UNSETTLED failed, the rest in progress; maxRefundable = parentAmount − (refunded + in progress).
 */
record RefundSummary(PaymentRecord parent, BigDecimal totalRefunded, BigDecimal totalInProgress, BigDecimal totalFailed,
                     int completedCount, int inProgressCount, int failedCount) {

    static RefundSummary of(PaymentRecord parent, List<PaymentRecord> refunds) {
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal inProgress = BigDecimal.ZERO;
        BigDecimal failed = BigDecimal.ZERO;
        int completed = 0;
        int progressing = 0;
        int failures = 0;
        for (PaymentRecord refund : refunds) {
            if (refund.status.countsAsRefunded()) {
                refunded = refunded.add(refund.totalAmount);
                completed++;
            } else if (refund.status.countsAsFailed()) {
                failed = failed.add(refund.totalAmount);
                failures++;
            } else {
                inProgress = inProgress.add(refund.totalAmount);
                progressing++;
            }
        }
        return new RefundSummary(parent, refunded, inProgress, failed, completed, progressing, failures);
    }

    BigDecimal maxRefundable() {
        return Currencies.scale(parent.totalAmount.subtract(totalRefunded).subtract(totalInProgress), parent.currency);
    }

    ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode()
                .put("parentPaymentId", parent.id)
                .put("parentAmount", JsonViews.amount(parent.totalAmount))
                .put("currency", parent.currency)
                .put("totalRefunded", JsonViews.amount(totalRefunded))
                .put("totalInProgress", JsonViews.amount(totalInProgress))
                .put("totalFailed", JsonViews.amount(totalFailed))
                .put("maxRefundable", JsonViews.amount(maxRefundable()))
                .put("completedCount", completedCount)
                .put("inProgressCount", inProgressCount)
                .put("failedCount", failedCount);
    }
}
