package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of POST /checkout-sessions/{id}/payments. Either the recipe's {paymentMethod, customer} or the spec's
 * {origins}; description goes with both.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CheckoutPaymentRequest(
        String description,
        OpenEnum<PaymentMethodType> paymentMethod,
        CheckoutCustomer customer,
        List<PaymentNode> origins) {

    public static CheckoutPaymentRequest withMethod(PaymentMethodType method, String description, CheckoutCustomer customer) {
        return new CheckoutPaymentRequest(description, OpenEnum.of(method), customer, null);
    }
}
