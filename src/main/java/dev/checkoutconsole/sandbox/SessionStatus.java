package dev.checkoutconsole.sandbox;

/** checkout-session-status (CONOMY-API.md §3.1). */
enum SessionStatus {
    ATTEMPT, ACTIVE, EXPIRED, FINISHED, PROCESSING_PAYMENT, FAILED;

    boolean isOpen() {
        return this == ATTEMPT || this == ACTIVE;
    }
}
