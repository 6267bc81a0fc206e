package dev.checkoutconsole.api.model;

/** The payer fields a session can require (customerRequirements, CONOMY-API.md §2.4). */
public enum CustomerField {
    firstName, email, lastName, phoneNumber, phoneNumberPrefix, address, documentNumber, documentType
}
