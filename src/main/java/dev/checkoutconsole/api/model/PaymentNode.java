package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An origin or destination of a payment (CONOMY-API.md §3.8). The rail sub-object (etpay, pix, account, …) is
 * kept as parsed JSON under its own key in {@code rails}, because its shape depends on the type.
 */
public record PaymentNode(
        String name,
        OpenEnum<PaymentMethodType> type,
        String externalId,
        BigDecimal amount,
        BigDecimal amountOut,
        String currency,
        String settlement,
        Fee fee,
        NodeIdentity identity,
        NodeMetadata metadata,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> rails) {

    public PaymentNode {
        rails = rails == null ? Map.of() : Map.copyOf(rails);
    }
}
