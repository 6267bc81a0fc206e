package dev.checkoutconsole.cli;

import dev.checkoutconsole.api.model.CheckoutCustomer;
import picocli.CommandLine.Option;

/** The payer's fields, shared by the commands that create or pay a session. */
final class CustomerOptions {
    @Option(names = "--first-name", description = "Payer's first name.")
    String firstName;

    @Option(names = "--last-name", description = "Payer's last name.")
    String lastName;

    @Option(names = "--email", description = "Payer's e-mail.")
    String email;

    @Option(names = "--phone-number", description = "Payer's phone number, without prefix.")
    String phoneNumber;

    @Option(names = "--phone-number-prefix", description = "Phone prefix, e.g. +56.")
    String phoneNumberPrefix;

    @Option(names = "--document-type", description = "Identity document type, e.g. RUT, DNI, CC.")
    String documentType;

    @Option(names = "--document-number", description = "Identity document number.")
    String documentNumber;

    /** The customer, or null when no field was given. */
    CheckoutCustomer toCustomer() {
        if (firstName == null && lastName == null && email == null && phoneNumber == null
                && phoneNumberPrefix == null && documentType == null && documentNumber == null) {
            return null;
        }
        return new CheckoutCustomer(null, firstName, email, lastName, phoneNumber, phoneNumberPrefix,
                documentType, documentNumber, null);
    }
}
