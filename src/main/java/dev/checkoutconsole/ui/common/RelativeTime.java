package dev.checkoutconsole.ui.common;

import java.time.Duration;
import java.time.Instant;

/** Says how far a moment is from now in words a person reads at a glance: "in 12 min", "expired 3 h ago". */
public final class RelativeTime {
    private RelativeTime() {
    }

    /** For an expiry: "in 12 min" while it lies ahead, "expired 3 h ago" once passed. */
    public static String expiry(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return "";
        }
        Duration distance = Duration.between(now, expiresAt);
        return distance.isNegative() ? "expired " + amount(distance.negated()) + " ago" : "in " + amount(distance);
    }

    private static String amount(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            return seconds / 3_600 + " h";
        }
        return seconds / 86_400 + " d";
    }
}
