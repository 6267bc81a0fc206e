package dev.checkoutconsole.sandbox;

import java.util.Arrays;
import java.util.Comparator;

/** checkout-session-status (CONOMY-API.md §3.1). */
enum SessionStatus {
    ATTEMPT, ACTIVE, EXPIRED, FINISHED, PROCESSING_PAYMENT, FAILED;

    private static final int[] NAME_RANK = new int[values().length];

    static {
        SessionStatus[] byName = values();
        Arrays.sort(byName, Comparator.comparing(Enum::name));
        for (int rank = 0; rank < byName.length; rank++) {
            NAME_RANK[byName[rank].ordinal()] = rank;
        }
    }

    boolean isOpen() {
        return this == ATTEMPT || this == ACTIVE;
    }

    /** Position in alphabetical order: sort=status orders by the name, as the API shows it. */
    int nameRank() {
        return NAME_RANK[ordinal()];
    }
}
