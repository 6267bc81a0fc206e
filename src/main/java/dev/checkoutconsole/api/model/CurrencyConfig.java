package dev.checkoutconsole.api.model;

import java.math.BigDecimal;
import java.util.List;

/** currency-config: the methods a session can be paid with in one currency. */
public record CurrencyConfig(
        String currency,
        String product,
        BigDecimal exchangeRate,
        List<PaymentMethodConfig> paymentMethods) {

    public CurrencyConfig {
        paymentMethods = Lists.copy(paymentMethods);
    }
}
