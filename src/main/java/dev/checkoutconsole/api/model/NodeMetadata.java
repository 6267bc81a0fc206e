package dev.checkoutconsole.api.model;

/** Display metadata of a destination or payment node. */
public record NodeMetadata(String image, String description, String category) {
}
