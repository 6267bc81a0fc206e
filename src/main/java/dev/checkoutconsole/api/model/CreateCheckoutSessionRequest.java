package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The create-checkout-session schema (CONOMY-API.md §2.4). POST /payment-links takes the same body. Three forms
 * are in use: the full one, the recipe's {checkoutToken, customer} that opens a session of an existing link, and
 * the console's own {checkoutToken, currency, duration, successUrl, failedUrl}; fields left null are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CreateCheckoutSessionRequest(
        String checkoutToken,
        List<Item> items,
        String currency,
        List<OpenEnum<PaymentMethodType>> paymentMethodsAllowed,
        CheckoutCustomer customer,
        List<Destination> destinations,
        Integer duration,
        List<OpenEnum<CustomerField>> customerRequirements,
        Owner owner,
        String successUrl,
        String failedUrl) {
}
