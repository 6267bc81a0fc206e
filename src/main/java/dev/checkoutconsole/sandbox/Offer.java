package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a payment link or checkout session asks the payer for: the create-checkout-session body once checked
 * (CONOMY-API.md §2.4). Immutable; owner is a node-identity object that is never modified after creation.
 */
record Offer(String currency, List<Item> items, List<String> paymentMethodsAllowed, List<Destination> destinations,
             List<String> customerRequirements, ObjectNode owner, String successUrl, String failedUrl,
             long durationSeconds) {

    Offer {
        items = List.copyOf(items);
        paymentMethodsAllowed = List.copyOf(paymentMethodsAllowed);
        destinations = List.copyOf(destinations);
        customerRequirements = List.copyOf(customerRequirements);
    }

    BigDecimal preTaxAmount() {
        return items.stream().map(Item::preTaxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal totalAmount() {
        return items.stream().map(Item::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String identityId() {
        return owner.path("identityId").asText();
    }

    boolean paysInto(String accountNumber) {
        return destinations.stream().anyMatch(d -> accountNumber.equals(d.accountNumber()));
    }
}
