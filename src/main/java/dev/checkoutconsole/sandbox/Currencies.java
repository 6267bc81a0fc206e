package dev.checkoutconsole.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The currencies the sandbox knows, their decimals, and each one's usual pay-in methods (CONOMY-API.md §3.10). */
final class Currencies {
    static final List<String> SEEDED = List.of("CLP", "MXN", "COP", "PEN", "ARS", "BRL", "USD");

    static final Set<String> KNOWN = Set.of("CLP", "MXN", "COP", "PEN", "BOB", "PYG", "AUD", "ARS", "BRL", "USD",
            "CAD", "EUR", "GBP", "USDC", "USDT");

    private static final Map<String, List<String>> PAY_IN = Map.ofEntries(
            Map.entry("CLP", List.of("ETPAY", "FINTOC", "WEBPAY")),
            Map.entry("COP", List.of("PSE", "BANCOLOMBIA", "DAVIVIENDA", "DAVIPLATA", "NEQUI", "WOMPI")),
            Map.entry("ARS", List.of("PCT", "CVU")),
            Map.entry("BRL", List.of("PIX")),
            Map.entry("PEN", List.of("LIGO", "SIP")),
            Map.entry("BOB", List.of("SIP")),
            Map.entry("MXN", List.of("SPEI")),
            Map.entry("USD", List.of("ACH", "FEDNOW", "RTP")),
            Map.entry("EUR", List.of("SEPA")),
            Map.entry("GBP", List.of("FPE")));

    private Currencies() {
    }

    static List<String> payInMethods(String currency) {
        return PAY_IN.getOrDefault(currency, List.of("CARD"));
    }

    /** CLP and PYG have no minor unit; the others have two decimals. */
    static int decimals(String currency) {
        return "CLP".equals(currency) || "PYG".equals(currency) ? 0 : 2;
    }

    static BigDecimal scale(BigDecimal amount, String currency) {
        return amount.setScale(decimals(currency), RoundingMode.HALF_UP);
    }
}
