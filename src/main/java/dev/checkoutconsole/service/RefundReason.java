package dev.checkoutconsole.service;

import dev.checkoutconsole.api.model.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a payment was flagged for a refund. OTHER needs a note that says why. */
public enum RefundReason {
    DUPLICATE, FRAUDULENT, REQUESTED_BY_CUSTOMER, NOT_DELIVERED, OTHER;

    /** As typed and stored: duplicate, requested_by_customer, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RefundReason parse(String field, String text) {
        String wanted = InputValidation.required(field, text).toLowerCase(Locale.ROOT).replace('-', '_');
        for (RefundReason reason : values()) {
            if (reason.code().equals(wanted)) {
                return reason;
            }
        }
        throw new InvalidInputException(field, "must be one of "
                + Arrays.stream(values()).map(RefundReason::code).collect(Collectors.joining(", ")) + ", not '" + text + "'");
    }

    @Override
    public String toString() {
        return code();
    }
}
