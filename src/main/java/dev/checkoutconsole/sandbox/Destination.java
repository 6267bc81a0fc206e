package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/**
 * Where the money of a session goes (payment-link-destination, CONOMY-API.md §3.6), completed so the answer
 * always carries the account fields the schema requires. metadata is the client's object, or null.
 */
record Destination(String name, String externalId, BigDecimal amount, String accountType, String currency,
                   String accountNumber, String accountHolder, ObjectNode metadata) {
}
