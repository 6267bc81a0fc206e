package dev.checkoutconsole.store;

import java.time.Instant;

/**
 * The columns a state change sets besides the state; a null field keeps the stored value. Who and when go into
 * the review's history with the comment.
 */
public record ReviewChange(
        String operator,
        Instant at,
        String comment,
        String decidedBy,
        Instant decidedAt,
        String rejectReason,
        Instant intentAt,
        Instant resultAt,
        String refundId,
        String refundStatus,
        String failure) {

    /** A change that records only who, when and why. */
    public static ReviewChange by(String operator, Instant at, String comment) {
        return new ReviewChange(operator, at, comment, null, null, null, null, null, null, null, null);
    }

    public ReviewChange decided(String by, Instant when) {
        return new ReviewChange(operator, at, comment, by, when, rejectReason, intentAt, resultAt, refundId, refundStatus, failure);
    }

    public ReviewChange rejectedFor(String reason) {
        return new ReviewChange(operator, at, comment, decidedBy, decidedAt, reason, intentAt, resultAt, refundId, refundStatus, failure);
    }

    public ReviewChange intent(Instant when) {
        return new ReviewChange(operator, at, comment, decidedBy, decidedAt, rejectReason, when, resultAt, refundId, refundStatus, failure);
    }

    public ReviewChange result(Instant when, String id, String status, String failureText) {
        return new ReviewChange(operator, at, comment, decidedBy, decidedAt, rejectReason, intentAt, when, id, status, failureText);
    }
}
