package dev.checkoutconsole.ui.common;

import javafx.scene.control.Label;

import java.util.Locale;

/**
 * A status shown as a coloured chip. The colour says how the status ends: green done, blue in progress,
 * amber waiting on someone, red failed or closed, grey anything this console does not know (shown as it came).
 */
public final class StatusChips {
    private StatusChips() {
    }

    public static Label chip(String status) {
        Label chip = new Label(status == null ? "" : status);
        chip.getStyleClass().addAll("status-chip", "status-" + tone(status));
        return chip;
    }

    static String tone(String status) {
        if (status == null) {
            return "unknown";
        }
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "FINISHED", "SETTLED", "REFUNDED", "APPROVED" -> "done";
            case "PROCESSING_PAYMENT", "CREATED", "PENDING", "AUTHORIZED", "CAPTURED", "RECEIVED", "REFUND_REQUESTED" -> "progress";
            case "ATTEMPT", "ACTIVE", "TO_CHECK", "REQUIRES_REVIEW", "NEEDS_RECONCILIATION" -> "open";
            case "EXPIRED", "FAILED", "UNSETTLED", "REJECTED", "REFUND_FAILED" -> "closed";
            default -> "unknown";
        };
    }
}
