package dev.checkoutconsole.api.model;

/** One header line of a logged exchange; secret values are already redacted. */
public record HttpHeader(String name, String value) {
}
