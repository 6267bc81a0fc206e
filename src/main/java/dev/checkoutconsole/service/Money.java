package dev.checkoutconsole.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Amounts shown with their currency's own decimals: CLP and PYG have none, most others two. */
public final class Money {
    private Money() {
    }

    public static int decimalsOf(String currency) {
        if (currency != null) {
            try {
                int digits = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
                if (digits >= 0) {
                    return digits;
                }
            } catch (IllegalArgumentException e) {
                // not an ISO currency (USDC, USDT): shown with two decimals like most fiat
            }
        }
        return 2;
    }

    /**
     * The amount in the currency's decimals, with grouping, e.g. "49,990" CLP or "1,850.10" USD. An amount with
     * more decimals than its currency uses keeps them: a display must never round money away.
     */
    public static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int decimals = Math.max(decimalsOf(currency), amount.stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** The amount and its currency, e.g. "49,990 CLP". */
    public static String formatWithCurrency(BigDecimal amount, String currency) {
        return amount == null ? "" : format(amount, currency) + " " + (currency == null ? "" : currency);
    }
}
