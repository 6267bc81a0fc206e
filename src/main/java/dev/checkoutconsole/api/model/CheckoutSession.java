package dev.checkoutconsole.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A checkout session (CONOMY-API.md §3.1). Optional fields are null when the API leaves them out. */
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
        Owner owner) {

    public CheckoutSession {
        paymentConfigs = Lists.copy(paymentConfigs);
        items = Lists.copy(items);
        paymentMethodsAllowed = Lists.copy(paymentMethodsAllowed);
        destinations = Lists.copy(destinations);
        customerRequirements = Lists.copy(customerRequirements);
    }
}
