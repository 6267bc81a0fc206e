package dev.checkoutconsole.sandbox;

/** payment-link-status (CONOMY-API.md §3.9): no FAILED. */
enum LinkStatus {
    ATTEMPT, ACTIVE, EXPIRED, FINISHED, PROCESSING_PAYMENT
}
