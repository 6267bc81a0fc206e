package dev.checkoutconsole.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One refund review: the payment, the amount to refund and why, who flagged and who decided, and, once the refund
 * was requested, the refund the server made and its status.
 */
public record RefundReview(
        long id,
        String paymentId,
        String currency,
        BigDecimal amount,
        BigDecimal maxRefundableWhenFlagged,
        RefundReason reason,
        String note,
        ReviewState state,
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

    /** The actions the state allows; the two-person rule is checked when one is taken. */
    public Set<ReviewAction> allowedActions() {
        return switch (state) {
            case TO_CHECK -> EnumSet.of(ReviewAction.APPROVE, ReviewAction.REJECT);
            case REFUND_REQUESTED -> refundId == null ? EnumSet.noneOf(ReviewAction.class) : EnumSet.of(ReviewAction.REFRESH);
            case NEEDS_RECONCILIATION -> EnumSet.of(ReviewAction.RECONCILE);
            case APPROVED, REFUNDED, REFUND_FAILED, REJECTED -> EnumSet.noneOf(ReviewAction.class);
        };
    }

    /** The amount with its currency's decimals, e.g. "49,990 CLP". */
    public String formattedAmount() {
        return Money.formatWithCurrency(amount, currency);
    }

    /** "review:12", how audit entries name a review. */
    public String auditId() {
        return auditId(id);
    }

    static String auditId(long id) {
        return "review:" + id;
    }
}
