package dev.checkoutconsole.api.model;

/** A postal address; country is ISO-3166 alpha-3. */
public record Address(
        String administrativeAreaLevel1,
        String administrativeAreaLevel2,
        String administrativeAreaLevel3,
        String street,
        String streetNumber,
        String optionalAddress,
        String country,
        String zipcode) {
}
