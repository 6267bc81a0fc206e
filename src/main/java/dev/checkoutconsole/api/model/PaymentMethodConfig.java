package dev.checkoutconsole.api.model;

import java.math.BigDecimal;
import java.util.List;

/** payment-method-config: one way to pay, and what it costs the payer. */
public record PaymentMethodConfig(
        String id,
        OpenEnum<PaymentMethodType> type,
        Boolean enabled,
        List<String> requiredFields,
        BigDecimal purchaseAmount) {

    public PaymentMethodConfig {
        requiredFields = Lists.copy(requiredFields);
    }
}
