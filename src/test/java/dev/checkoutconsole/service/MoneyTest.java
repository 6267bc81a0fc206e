package dev.checkoutconsole.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void eachCurrencyUsesItsOwnDecimals() {
        assertThat(Money.decimalsOf("CLP")).isZero();
        assertThat(Money.decimalsOf("PYG")).isZero();
        assertThat(Money.decimalsOf("USD")).isEqualTo(2);
        assertThat(Money.decimalsOf("COP")).isEqualTo(2);
        assertThat(Money.decimalsOf("USDC")).isEqualTo(2);
    }

    @Test
    void formatsWithGroupingAndTheCurrencysDecimals() {
        assertThat(Money.format(new BigDecimal("49990"), "CLP")).isEqualTo("49,990");
        assertThat(Money.format(new BigDecimal("1850.1"), "USD")).isEqualTo("1,850.10");
        assertThat(Money.formatWithCurrency(new BigDecimal("150.00"), "ARS")).isEqualTo("150.00 ARS");
    }

    @Test
    void neverRoundsMoneyAway() {
        assertThat(Money.format(new BigDecimal("100.5"), "CLP")).isEqualTo("100.5");
        assertThat(Money.format(new BigDecimal("0.125"), "USD")).isEqualTo("0.125");
    }
}
