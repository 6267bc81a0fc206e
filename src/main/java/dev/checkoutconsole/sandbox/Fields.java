package dev.checkoutconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/** Reads typed fields out of a request body, answering 400 missingParam/invalidParam that name the field. */
final class Fields {
    private Fields() {
    }

    static boolean present(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        return value != null && !value.isNull();
    }

    static String optionalText(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiProblem.invalidParam(path, "must be a string");
        }
        return value.asText().isBlank() ? null : value.asText().trim();
    }

    static String requiredText(JsonNode parent, String name, String path) {
        String value = optionalText(parent, name, path);
        if (value == null) {
            throw ApiProblem.missingParam(path);
        }
        return value;
    }

    static String requiredEnum(JsonNode parent, String name, String path, List<String> allowed) {
        String value = requiredText(parent, name, path);
        if (!allowed.contains(value)) {
            throw ApiProblem.invalidParam(path, "must be one of " + allowed + ", not '" + value + "'");
        }
        return value;
    }

    /** A money amount: a decimal string per the API, though a JSON number is read too. Null when absent. */
    static BigDecimal optionalAmount(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParam(path, "must be a decimal amount such as \"150.00\", not '" + value.asText() + "'");
        }
        if (amount.signum() < 0) {
            throw ApiProblem.invalidParam(path, "must not be negative");
        }
        return amount;
    }

    static BigDecimal requiredAmount(JsonNode parent, String name, String path) {
        BigDecimal amount = optionalAmount(parent, name, path);
        if (amount == null) {
            throw ApiProblem.missingParam(path);
        }
        return amount;
    }

    static JsonNode requiredArray(JsonNode parent, String name, String path, int minItems) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw ApiProblem.missingParam(path);
        }
        if (!value.isArray()) {
            throw ApiProblem.invalidParam(path, "must be a list");
        }
        if (value.size() < minItems) {
            throw ApiProblem.invalidParam(path, "must have at least " + minItems + " item" + (minItems == 1 ? "" : "s"));
        }
        return value;
    }

    static JsonNode requiredObject(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw ApiProblem.missingParam(path);
        }
        if (!value.isObject()) {
            throw ApiProblem.invalidParam(path, "must be an object");
        }
        return value;
    }

    static Integer optionalInteger(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw ApiProblem.invalidParam(path, "must be a whole number");
        }
        return value.intValue();
    }
}
