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

    /** The recipe's form; the method is sent as named, even one this console does not know yet. */
    public static CheckoutPaymentRequest withMethod(String method, String description, CheckoutCustomer customer) {
        return new CheckoutPaymentRequest(description, OpenEnum.parse(PaymentMethodType.class, method), customer, null);
    }
}
