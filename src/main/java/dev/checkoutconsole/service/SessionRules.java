package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.CheckoutSession;
import dev.checkoutconsole.api.model.CheckoutSessionStatus;

import java.util.Optional;

/**
 * What a support agent may do to a session in its current status, and why not otherwise. The console checks this
 * before sending, so a button can be disabled with its reason; the server still has the last word.
 */
public final class SessionRules {
    private SessionRules() {
    }

    /** Why the session cannot be deleted, or empty when it can (an unknown status is left to the server). */
    public static Optional<String> whyNotDeletable(CheckoutSession session) {
        return whyClosed(session);
    }

    /** Why the session's token cannot be refreshed, or empty when it can (an unknown status is left to the server). */
    public static Optional<String> whyNotRefreshable(CheckoutSession session) {
        return whyClosed(session);
    }

    /**
     * Delete and refresh are refused for the same statuses: once a payment exists the session is no longer the
     * console's to change. Two names, as the API could come to treat them apart.
     */
    private static Optional<String> whyClosed(CheckoutSession session) {
        return session.status().known().flatMap(status -> switch (status) {
            case PROCESSING_PAYMENT -> Optional.of("a payment is in progress");
            case FINISHED -> Optional.of("it has been paid");
            case FAILED -> Optional.of("its payment failed and the session is closed");
            case ATTEMPT, ACTIVE, EXPIRED -> Optional.empty();
        });
    }

    public static boolean isPayable(CheckoutSession session) {
        return session.status().is(CheckoutSessionStatus.ATTEMPT) || session.status().is(CheckoutSessionStatus.ACTIVE);
    }
}
