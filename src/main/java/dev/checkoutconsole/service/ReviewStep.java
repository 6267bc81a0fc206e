package dev.checkoutconsole.service;

import java.time.Instant;

/** One change in a review's history: who, when, from which state to which (from is null for the flag), and why. */
public record ReviewStep(Instant at, String operator, ReviewState from, ReviewState to, String comment) {
}
