package dev.checkoutconsole.store;

import java.time.Instant;
import java.util.Set;

/**
 * Which reviews to read. Empty states or null fields mean "any"; operator matches who flagged or who decided;
 * the time range is on the flag time, from inclusive, until exclusive.
 */
public record ReviewQuery(Set<String> states, String operator, Instant from, Instant until, String currency, String paymentId) {
    public ReviewQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static ReviewQuery all() {
        return new ReviewQuery(Set.of(), null, null, null, null, null);
    }
}
