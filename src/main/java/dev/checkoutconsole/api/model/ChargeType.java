package dev.checkoutconsole.api.model;

/** How a tax or a fee is expressed: fee-type / tax type of CONOMY-API.md §3.9. */
public enum ChargeType {
    FIXED, PERCENTAGE
}
