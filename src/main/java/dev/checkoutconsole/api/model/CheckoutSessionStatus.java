package dev.checkoutconsole.api.model;

/** checkout-session-status (CONOMY-API.md §3.9). */
public enum CheckoutSessionStatus {
    ATTEMPT, ACTIVE, EXPIRED, FINISHED, PROCESSING_PAYMENT, FAILED
}
