package dev.checkoutconsole.api.model;

/** An internal Conomy account. */
public record Account(String type, String currency, String accountNumber, String accountHolder) {
}
