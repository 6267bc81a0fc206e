package dev.checkoutconsole.api.model;

/** Payer data embedded in sessions, links and payment requests (CONOMY-API.md §3.5). */
public record CheckoutCustomer(
        String id,
        String firstName,
        String email,
        String lastName,
        String phoneNumber,
        String phoneNumberPrefix,
        String documentType,
        String documentNumber,
        Address address) {
}
