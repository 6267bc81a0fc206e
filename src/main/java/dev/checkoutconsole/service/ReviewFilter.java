package dev.checkoutconsole.service;

import java.time.Instant;
import java.util.Set;

/**
 * Which reviews the queue shows; empty or null means any. operator matches who flagged or who decided; from
 * (inclusive) and until (exclusive) are on the flag time.
 */
public record ReviewFilter(Set<ReviewState> states, String operator, Instant from, Instant until, String currency) {
    public static final ReviewFilter ALL = new ReviewFilter(Set.of(), null, null, null, null);

    public ReviewFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }
}
