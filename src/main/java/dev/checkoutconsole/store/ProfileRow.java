package dev.checkoutconsole.store;

import java.time.Instant;

/** A connection profile without its secrets: those live apart, and only when the user asked to remember them. */
public record ProfileRow(String name, String baseUrl, String apiVersion, String clientId, boolean live, String operator,
                         Instant updatedAt) {
}
