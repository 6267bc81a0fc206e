package dev.checkoutconsole.sandbox;

import java.util.Set;

/** Payment statuses (CONOMY-API.md §6.2) with the transitions the sandbox allows. */
enum PaymentStatus {
    CREATED, AUTHORIZED, CAPTURED, RECEIVED, SETTLED, UNSETTLED, EXPIRED, FAILED;

    private static final Set<PaymentStatus> TERMINAL = Set.of(SETTLED, UNSETTLED, EXPIRED, FAILED);

    boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /**
     * Forward along the happy path CREATED → AUTHORIZED → CAPTURED → RECEIVED → SETTLED (steps may be skipped);
     * FAILED from any open status; EXPIRED only before money moved (CREATED, AUTHORIZED); UNSETTLED from RECEIVED.
     */
    boolean canMoveTo(PaymentStatus target) {
        if (isTerminal()) {
            return false;
        }
        return switch (target) {
            case AUTHORIZED, CAPTURED, RECEIVED, SETTLED -> target.ordinal() > ordinal();
            case FAILED -> true;
            case EXPIRED -> this == CREATED || this == AUTHORIZED;
            case UNSETTLED -> this == RECEIVED;
            case CREATED -> false;
        };
    }

    /** Refund buckets of the summary (CONOMY-API.md §4.3). */
    boolean countsAsRefunded() {
        return this == SETTLED;
    }

    boolean countsAsFailed() {
        return this == FAILED || this == EXPIRED || this == UNSETTLED;
    }
}
