package dev.checkoutconsole.api.model;

import java.math.BigDecimal;

/** The tax on an item: a rate or a fixed value, and the computed amount. */
public record Tax(String name, OpenEnum<ChargeType> type, BigDecimal value, BigDecimal amount) {
}
