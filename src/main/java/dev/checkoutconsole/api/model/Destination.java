package dev.checkoutconsole.api.model;

import java.math.BigDecimal;

/**
 * Where the money of a session or link goes (payment-link-destination). The recipe's looser form adds
 * currency and identity, so both are read and written too.
 */
public record Destination(
        String name,
        String type,
        String externalId,
        BigDecimal amount,
        String currency,
        NodeMetadata metadata,
        Account account,
        NodeIdentity identity) {
}
