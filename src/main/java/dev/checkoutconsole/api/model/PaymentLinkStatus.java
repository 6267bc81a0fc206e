package dev.checkoutconsole.api.model;

/** payment-link-status (CONOMY-API.md §3.9); unlike sessions it has no FAILED. */
public enum PaymentLinkStatus {
    ATTEMPT, ACTIVE, EXPIRED, FINISHED, PROCESSING_PAYMENT
}
