package dev.checkoutconsole.api.model;

import java.math.BigDecimal;

/** payment-items: a line item; totalAmount = preTaxAmount + tax.amount. */
public record Item(BigDecimal preTaxAmount, BigDecimal totalAmount, String description, Tax tax) {
}
