package dev.checkoutconsole.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A payment link (payment-link9, CONOMY-API.md §4.1): a reusable offer that opens checkout sessions. */
public record PaymentLink(
        String id,
        String checkoutToken,
        OpenEnum<PaymentLinkStatus> status,
        List<Item> items,
        String currency,
        BigDecimal preTaxAmount,
        BigDecimal totalAmount,
        String url,
        List<OpenEnum<PaymentMethodType>> paymentMethodsAllowed,
        CheckoutCustomer customer,
        Instant createdAt,
        List<Destination> destinations,
        Integer duration,
        List<OpenEnum<CustomerField>> customerRequirements,
        Owner owner,
        String successUrl,
        String failedUrl) {

    public PaymentLink {
        items = Lists.copy(items);
        paymentMethodsAllowed = Lists.copy(paymentMethodsAllowed);
        destinations = Lists.copy(destinations);
        customerRequirements = Lists.copy(customerRequirements);
    }
}
