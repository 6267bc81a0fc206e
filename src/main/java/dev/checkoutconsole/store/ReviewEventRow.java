package dev.checkoutconsole.store;

import java.time.Instant;

/** One step in a review's history: who moved it from which state to which, when, and why. */
public record ReviewEventRow(long id, long reviewId, Instant at, String operator, String fromState, String toState, String comment) {
}
