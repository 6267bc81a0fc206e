package dev.checkoutconsole.api.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the query string of a list call in a stable order, leaving out what is not set. */
public final class QueryParameters {
    private final Map<String, String> values = new LinkedHashMap<>();

    public QueryParameters add(String name, Object value) {
        if (value instanceof LocalDate date) {
            values.put(name, ApiDate.format(date));
        } else if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString());
        }
        return this;
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    static void requireNonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, "must be a non-negative whole number, not " + value);
        }
    }

    static void requireOrderedDates(LocalDate startDate, LocalDate endDate) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "must not be before startDate");
        }
    }
}
