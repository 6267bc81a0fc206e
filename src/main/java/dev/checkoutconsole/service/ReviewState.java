package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a refund review stands. TO_CHECK → APPROVED → REFUND_REQUESTED → REFUNDED or REFUND_FAILED; TO_CHECK →
 * REJECTED. NEEDS_RECONCILIATION: the refund was requested but its result was never recorded (the console stopped
 * or no answer came), so only the server can say whether it happened.
 */
public enum ReviewState {
    TO_CHECK, APPROVED, REFUND_REQUESTED, NEEDS_RECONCILIATION, REFUNDED, REFUND_FAILED, REJECTED;

    /** While a review is open, no second review of the same payment may be flagged. */
    public boolean isOpen() {
        return this == TO_CHECK || this == APPROVED || this == REFUND_REQUESTED || this == NEEDS_RECONCILIATION;
    }

    public static ReviewState parse(String field, String text) {
        String wanted = InputValidation.required(field, text).toUpperCase(Locale.ROOT).replace('-', '_');
        for (ReviewState state : values()) {
            if (state.name().equals(wanted)) {
                return state;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.toString(values()) + ", not '" + text + "'");
    }
}
