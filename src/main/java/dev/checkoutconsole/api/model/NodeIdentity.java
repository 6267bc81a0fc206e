package dev.checkoutconsole.api.model;

/** The identity attached to a payment node or a loose destination. */
public record NodeIdentity(String identityId, String name, String lastname, String documentNumber, String externalId) {
}
