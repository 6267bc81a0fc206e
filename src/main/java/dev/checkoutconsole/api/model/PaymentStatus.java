package dev.checkoutconsole.api.model;

/** Payment (transaction) statuses of CONOMY-API.md §6.2. PENDING is the older name of CREATED. */
public enum PaymentStatus {
    ATTEMPT, CREATED, PENDING, AUTHORIZED, REQUIRES_REVIEW, CAPTURED, RECEIVED, SETTLED, UNSETTLED, EXPIRED, FAILED,
    REFUNDED
}
