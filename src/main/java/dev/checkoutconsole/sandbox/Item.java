package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/** A line item (CONOMY-API.md §3.4); tax is the client's tax object, or null. */
record Item(String description, BigDecimal preTaxAmount, BigDecimal totalAmount, ObjectNode tax) {
}
