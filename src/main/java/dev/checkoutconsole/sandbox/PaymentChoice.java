package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of POST /checkout-sessions/{id}/payments in either documented form (CONOMY-API.md §2.5): the recipe's
 * {paymentMethod, customer} or the spec's {origins: [{type, <rail>: {customer}}]}; description with both.
 */
record PaymentChoice(String method, String methodField, ObjectNode customer, String description) {

    static PaymentChoice read(JsonNode body) {
        String description = Fields.optionalText(body, "description", "description");
        String method = Fields.optionalText(body, "paymentMethod", "paymentMethod");
        if (method != null) {
            return new PaymentChoice(method, "paymentMethod", CustomerData.read("customer", body.get("customer")), description);
        }
        if (!Fields.present(body, "origins")) {
            throw ApiProblem.missingParam("paymentMethod");
        }
        JsonNode origin = Fields.requiredArray(body, "origins", "origins", 1).get(0);
        if (!origin.isObject()) {
            throw ApiProblem.invalidParam("origins[0]", "must be an object");
        }
        String type = Fields.requiredText(origin, "type", "origins[0].type");
        String railKey = JsonViews.railKey(type);
        JsonNode rail = origin.path(railKey);
        ObjectNode customer = CustomerData.read("origins[0]." + railKey + ".customer", rail.get("customer"));
        ObjectNode topLevel = CustomerData.read("customer", body.get("customer"));
        return new PaymentChoice(type, "origins[0].type", CustomerData.merge(topLevel, customer), description);
    }
}
