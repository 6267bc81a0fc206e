package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A checkout session (CONOMY-API.md §3.1). Optional fields are null when the API leaves them out. {@code json} is
 * the object exactly as the server sent it, unknown fields and explicit nulls included, for the console's Raw JSON
 * view; it is never written back.
 */
public record CheckoutSession(
        String id,
        String paymentLinkId,
        String checkoutToken,
        List<CurrencyConfig> paymentConfigs,
        Instant createdAt,
        OpenEnum<CheckoutSessionStatus> status,
        List<Item> items,
        String currency,
        BigDecimal preTaxAmount,
        BigDecimal totalAmount,
        String url,
        List<OpenEnum<PaymentMethodType>> paymentMethodsAllowed,
        CheckoutCustomer customer,
        String redirectUrl,
        List<Destination> destinations,
        List<OpenEnum<CustomerField>> customerRequirements,
        Instant expiresAt,
        Owner owner,
        @JsonIgnore JsonNode json) {

    public CheckoutSession {
        paymentConfigs = Lists.copy(paymentConfigs);
        items = Lists.copy(items);
        paymentMethodsAllowed = Lists.copy(paymentMethodsAllowed);
        destinations = Lists.copy(destinations);
        customerRequirements = Lists.copy(customerRequirements);
    }

    /** This session with the JSON object it was read from. */
    CheckoutSession withJson(JsonNode readFrom) {
        return new CheckoutSession(id, paymentLinkId, checkoutToken, paymentConfigs, createdAt, status, items, currency,
                preTaxAmount, totalAmount, url, paymentMethodsAllowed, customer, redirectUrl, destinations,
                customerRequirements, expiresAt, owner, readFrom);
    }
}
