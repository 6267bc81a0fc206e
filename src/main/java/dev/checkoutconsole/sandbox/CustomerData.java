package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Payer data (CheckoutCustomer, CONOMY-API.md §3.5): keeping the known fields, merging, checking requirements. */
final class CustomerData {
    private static final List<String> TEXT_FIELDS = List.of("id", "firstName", "email", "lastName", "phoneNumber",
            "phoneNumberPrefix", "documentType", "documentNumber");
    private static final List<String> ADDRESS_FIELDS = List.of("administrativeAreaLevel1", "administrativeAreaLevel2",
            "administrativeAreaLevel3", "street", "streetNumber", "optionalAddress", "country", "zipcode");

    private CustomerData() {
    }

    /** The known fields of a customer object from a request, or null when there is none. */
    static ObjectNode read(String field, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiProblem.invalidParam(field, "must be an object");
        }
        ObjectNode customer = JsonNodeFactory.instance.objectNode();
        for (String name : TEXT_FIELDS) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isTextual()) {
                    throw ApiProblem.invalidParam(field + "." + name, "must be a string");
                }
                if (!value.asText().isBlank()) {
                    customer.put(name, value.asText());
                }
            }
        }
        JsonNode address = node.get("address");
        if (address != null && !address.isNull()) {
            if (!address.isObject()) {
                throw ApiProblem.invalidParam(field + ".address", "must be an object");
            }
            ObjectNode kept = customer.putObject("address");
            for (String name : ADDRESS_FIELDS) {
                JsonNode value = address.get(name);
                if (value != null && value.isTextual()) {
                    kept.put(name, value.asText());
                }
            }
        }
        return customer;
    }

    /** The fields of {@code update} over those of {@code base}; either may be null. */
    static ObjectNode merge(ObjectNode base, ObjectNode update) {
        if (update == null) {
            return base;
        }
        ObjectNode merged = base == null ? JsonNodeFactory.instance.objectNode() : base.deepCopy();
        merged.setAll(update);
        return merged;
    }

    static boolean satisfies(ObjectNode customer, List<String> requirements) {
        return customer != null && firstMissing(customer, requirements) == null;
    }

    /** The first required field the customer lacks, or null when nothing is missing. */
    static String firstMissing(ObjectNode customer, List<String> requirements) {
        for (String field : requirements) {
            JsonNode value = customer == null ? null : customer.get(field);
            boolean present = value != null && (value.isObject() ? !value.isEmpty() : !value.asText().isBlank());
            if (!present) {
                return field;
            }
        }
        return null;
    }
}
