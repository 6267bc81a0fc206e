package dev.checkoutconsole.api.model;

import java.math.BigDecimal;

/** A fee charged on a payment. */
public record Fee(String name, OpenEnum<ChargeType> type, BigDecimal value, BigDecimal amount, String currency) {
}
